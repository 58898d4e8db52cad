package com.broadleafloyalty.campaign.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the campaign form refuses, each as a sentence key. */
class CampaignDraftTest {

    private static final List<String> TIERS = Arrays.asList("Silver", "Gold");

    private static CampaignDraft valid() {
        return new CampaignDraft().name("Spring").newsletterOnly(true)
                .text("en", "Hello {firstName}", "You have {balance} points.");
    }

    @Test
    void shouldAcceptAValidDraft() {
        CampaignDraft draft = valid().minTier("gold").segment("At risk").phase("trust").lastOrderAfter("2026-01-01")
                .text("ro", "Salut {firstName}", "Aveți {balance} puncte.").bonusPoints("50").offerId("12")
                .resultDays("");

        assertThat(draft.problems(TIERS)).isEmpty();
        AudienceCriteria criteria = draft.criteria();
        assertThat(criteria.getSegmentName()).isEqualTo("AT_RISK");
        assertThat(criteria.getPhaseName()).isEqualTo("TRUST");
        assertThat(draft.points()).isEqualTo(50L);
        assertThat(draft.offer()).isEqualTo(12L);
        assertThat(draft.days()).isEqualTo(7);
    }

    @Test
    void shouldRefuseAnUnknownPlaceholderNamingItsLanguage() {
        CampaignDraft draft = valid().text("pl", "Cześć {imie}", "Masz {balance} punktów.");

        assertThat(draft.problems(TIERS)).extracting("key").containsExactly("loyalty.campaign.placeholder.unknown");
        assertThat(draft.problems(TIERS).get(0).getArguments()[0]).isEqualTo("{imie}");
    }

    @Test
    void shouldRefuseEachBadField() {
        CampaignDraft draft = new CampaignDraft().name(" ").minTier("Diamond").segment("Sleepy").phase("Asleep")
                .lastOrderBefore("31/12/2026").text("en", "Subject only", "").text("es", "Asunto", " ")
                .bonusPoints("-5").offerId("abc").resultDays("365");

        assertThat(draft.problems(TIERS)).extracting("key").containsExactly("loyalty.campaign.name.missing",
                "loyalty.campaign.tier.unknown", "loyalty.campaign.segment.unknown", "loyalty.campaign.phase.unknown",
                "loyalty.campaign.date.invalid", "loyalty.campaign.english.missing",
                "loyalty.campaign.text.incomplete", "loyalty.campaign.points.invalid",
                "loyalty.campaign.offer.invalid", "loyalty.campaign.days.invalid");
    }

    @Test
    void shouldRefuseAnAudienceWithoutConditions() {
        CampaignDraft draft = valid().newsletterOnly(false);

        assertThat(draft.problems(TIERS)).extracting("key").containsExactly("loyalty.campaign.audience.empty");
    }

    @Test
    void shouldKeepTheBodysLineBreaks() {
        CampaignDraft draft = valid().text("en", "Hi", "  one\n\ntwo  ");

        assertThat(draft.body("en")).isEqualTo("one\n\ntwo");
        assertThat(draft.body("ro")).isNull();
    }

    @Test
    void shouldKeepTheSubjectOnOneLine() {
        CampaignDraft draft = valid().text("en", "Hi\r\nBcc: someone@example.com", "Text");

        assertThat(draft.subject("en")).isEqualTo("Hi Bcc: someone@example.com");
    }
}
