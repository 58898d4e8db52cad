package com.broadleafloyalty.campaign.core;

import com.broadleafloyalty.segment.core.LifecyclePhase;
import com.broadleafloyalty.segment.core.Segment;
import com.broadleafloyalty.support.core.LoyaltyText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign as the admin's form submits it (every field a string, as typed), and what is wrong with it: each problem
 * a sentence key for the admin's language. Names of tiers are checked against the shop's tiers passed in; segments
 * and phases against their constants.
 */
public final class CampaignDraft {

    public static final int NAME_LENGTH = 100;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final long MAX_BONUS_POINTS = 1_000_000L;
    public static final int MAX_RESULT_DAYS = 90;
    public static final int DEFAULT_RESULT_DAYS = 7;

    private String name;
    private String minTierName;
    private String segmentName;
    private String phaseName;
    private boolean newsletterOnly;
    private String lastOrderBefore;
    private String lastOrderAfter;
    private final Map<String, String> subjects = new HashMap<String, String>();
    private final Map<String, String> bodies = new HashMap<String, String>();
    private String bonusPoints;
    private String offerId;
    private String resultDays;

    /** The problems, none when the draft can be saved (given these tier names). */
    public List<LoyaltyText> problems(List<String> tierNames) {
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        String trimmedName = trim(name);
        if (trimmedName == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.name.missing"));
        } else if (trimmedName.length() > NAME_LENGTH) {
            problems.add(LoyaltyText.of("loyalty.campaign.name.tooLong", NAME_LENGTH));
        }
        if (trim(minTierName) != null && !containsIgnoringCase(tierNames, trim(minTierName))) {
            problems.add(LoyaltyText.of("loyalty.campaign.tier.unknown", trim(minTierName)));
        }
        if (trim(segmentName) != null && segment() == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.segment.unknown", trim(segmentName)));
        }
        if (trim(phaseName) != null && phase() == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.phase.unknown", trim(phaseName)));
        }
        boolean datesRead = true;
        for (String date : new String[] {lastOrderBefore, lastOrderAfter}) {
            if (trim(date) != null && day(date) == null) {
                problems.add(LoyaltyText.of("loyalty.campaign.date.invalid", trim(date)));
                datesRead = false;
            }
        }
        if (datesRead) {
            problems.addAll(criteria().problems());
        }
        problems.addAll(textProblems());
        if (points() == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.points.invalid", String.valueOf(MAX_BONUS_POINTS)));
        }
        if (trim(offerId) != null && offer() == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.offer.invalid"));
        }
        if (days() == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.days.invalid", MAX_RESULT_DAYS));
        }
        return problems;
    }

    private List<LoyaltyText> textProblems() {
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        if (trim(subjects.get(CampaignLanguage.FALLBACK)) == null || trim(bodies.get(CampaignLanguage.FALLBACK)) == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.english.missing"));
        }
        for (String language : CampaignLanguage.ALL) {
            LoyaltyText languageName = LoyaltyText.of("loyalty.campaign.language." + language);
            String subject = trim(subjects.get(language));
            String body = trim(bodies.get(language));
            if (!language.equals(CampaignLanguage.FALLBACK) && (subject == null) != (body == null)) {
                problems.add(LoyaltyText.of("loyalty.campaign.text.incomplete", languageName));
            }
            if (subject != null && subject.length() > SUBJECT_LENGTH) {
                problems.add(LoyaltyText.of("loyalty.campaign.subject.tooLong", SUBJECT_LENGTH, languageName));
            }
            if (body != null && body.length() > BODY_LENGTH) {
                problems.add(LoyaltyText.of("loyalty.campaign.body.tooLong", BODY_LENGTH, languageName));
            }
            List<String> unknown = Placeholders.unknownIn(subject);
            for (String name : Placeholders.unknownIn(body)) {
                if (!unknown.contains(name)) {
                    unknown.add(name);
                }
            }
            for (String name : unknown) {
                problems.add(LoyaltyText.of("loyalty.campaign.placeholder.unknown", "{" + name + "}", languageName,
                        "{firstName}, {balance}, {tier}, {pointsToNextTier}"));
            }
        }
        return problems;
    }

    /** The audience as typed; call after {@link #problems} found none (unreadable dates are left out). */
    public AudienceCriteria criteria() {
        Segment segment = segment();
        LifecyclePhase phase = phase();
        return new AudienceCriteria(trim(minTierName), segment == null ? null : segment.name(),
                phase == null ? null : phase.name(), newsletterOnly, day(lastOrderBefore), day(lastOrderAfter));
    }

    public Segment segment() {
        String wanted = trim(segmentName);
        if (wanted == null) {
            return null;
        }
        try {
            return Segment.named(wanted);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LifecyclePhase phase() {
        String wanted = trim(phaseName);
        if (wanted != null) {
            for (LifecyclePhase phase : LifecyclePhase.values()) {
                if (phase.name().equalsIgnoreCase(wanted) || phase.getDisplayName().equalsIgnoreCase(wanted)) {
                    return phase;
                }
            }
        }
        return null;
    }

    /** The bonus points (0 when empty), or null when not a whole number from 0 to the maximum. */
    public Long points() {
        String value = trim(bonusPoints);
        if (value == null) {
            return 0L;
        }
        if (value.length() > 7 || !value.matches("[0-9]+")) {
            return null;
        }
        long points = Long.parseLong(value);
        return points <= MAX_BONUS_POINTS ? points : null;
    }

    /** The offer's id, or null when empty or not a whole number. */
    public Long offer() {
        String value = trim(offerId);
        return value != null && value.length() <= 18 && value.matches("[0-9]+") ? Long.valueOf(value) : null;
    }

    /** The days after the email in which orders count (7 when empty), or null when not from 1 to the maximum. */
    public Integer days() {
        String value = trim(resultDays);
        if (value == null) {
            return DEFAULT_RESULT_DAYS;
        }
        if (value.length() > 3 || !value.matches("[0-9]+")) {
            return null;
        }
        int days = Integer.parseInt(value);
        return days >= 1 && days <= MAX_RESULT_DAYS ? days : null;
    }

    static LocalDate day(String value) {
        String trimmed = trim(value);
        if (trimmed == null || trimmed.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static String trim(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    public String getName() {
        return trim(name);
    }

    public CampaignDraft name(String name) {
        this.name = name;
        return this;
    }

    public CampaignDraft minTier(String minTierName) {
        this.minTierName = minTierName;
        return this;
    }

    public CampaignDraft segment(String segmentName) {
        this.segmentName = segmentName;
        return this;
    }

    public CampaignDraft phase(String phaseName) {
        this.phaseName = phaseName;
        return this;
    }

    public CampaignDraft newsletterOnly(boolean newsletterOnly) {
        this.newsletterOnly = newsletterOnly;
        return this;
    }

    /** yyyy-MM-dd: the last order is before this day. */
    public CampaignDraft lastOrderBefore(String day) {
        this.lastOrderBefore = day;
        return this;
    }

    /** yyyy-MM-dd: the last order is after this day. */
    public CampaignDraft lastOrderAfter(String day) {
        this.lastOrderAfter = day;
        return this;
    }

    public CampaignDraft text(String language, String subject, String body) {
        subjects.put(language, subject);
        bodies.put(language, body);
        return this;
    }

    /** The subject on one line (a line break in a mail header would start a new header), or null when empty. */
    public String subject(String language) {
        String subject = trim(subjects.get(language));
        return subject == null ? null : subject.replaceAll("[\\r\\n]+", " ");
    }

    /** The body as typed (its line breaks kept), or null when empty. */
    public String body(String language) {
        String body = bodies.get(language);
        return trim(body) == null ? null : body.trim();
    }

    public CampaignDraft bonusPoints(String points) {
        this.bonusPoints = points;
        return this;
    }

    public CampaignDraft offerId(String offerId) {
        this.offerId = offerId;
        return this;
    }

    public CampaignDraft resultDays(String days) {
        this.resultDays = days;
        return this;
    }

    public String getMinTierName() {
        return trim(minTierName);
    }

    public String getSegmentName() {
        return segmentName;
    }

    public String getPhaseName() {
        return phaseName;
    }

    public boolean isNewsletterOnly() {
        return newsletterOnly;
    }

    public String getLastOrderBefore() {
        return lastOrderBefore;
    }

    public String getLastOrderAfter() {
        return lastOrderAfter;
    }

    public String getBonusPoints() {
        return bonusPoints;
    }

    public String getOfferId() {
        return offerId;
    }

    public String getResultDays() {
        return resultDays;
    }
}
