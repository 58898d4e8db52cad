package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.campaign.core.AudienceCriteria;
import com.broadleafloyalty.campaign.core.AudienceIntersection;
import com.broadleafloyalty.campaign.core.CampaignDraft;
import com.broadleafloyalty.campaign.core.CampaignRefusedException;
import com.broadleafloyalty.campaign.core.CampaignStatus;
import com.broadleafloyalty.campaign.core.CustomerFacts;
import com.broadleafloyalty.campaign.dao.CampaignDao;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.MailCounts;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.ShopperEmails;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.annotation.Resource;

/**
 * Audiences are resolved through the other slices' doors (tier, segment, account) and one aggregate query over
 * Broadleaf's orders per last-order condition, then intersected; no customer entity is loaded for it.
 */
public class CampaignServiceImpl implements CampaignService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Resource(name = "blLoyaltyCampaignDao")
    protected CampaignDao dao;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segments;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected SegmentLookup segmentLookup;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    @Resource(name = "blLoyaltyCampaignMailer")
    protected CampaignMailer mailer;

    @Resource(name = "blLoyaltyShopperEmails")
    protected ShopperEmails shopperEmails;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blOfferDao")
    protected OfferDao offers;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLoyaltyCampaignScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "blLoyaltyCampaignSendJob")
    protected CampaignSendJob job;

    @Override
    public List<Campaign> campaigns(int limit) {
        return inTransaction(() -> dao.readRecent(limit));
    }

    @Override
    public Campaign campaign(Long campaignId) {
        Campaign campaign = campaignId == null ? null : inTransaction(() -> dao.read(campaignId));
        if (campaign == null) {
            throw new CampaignRefusedException("loyalty.campaign.unknown", String.valueOf(campaignId));
        }
        return campaign;
    }

    @Override
    public List<LoyaltyText> problemsOf(CampaignDraft draft) {
        List<LoyaltyText> problems = draft.problems(tierNames());
        Long offerId = draft.offer();
        if (offerId != null && inTransaction(() -> offers.readOfferById(offerId)) == null) {
            problems.add(LoyaltyText.of("loyalty.campaign.offer.unknown", String.valueOf(offerId)));
        }
        return problems;
    }

    private List<String> tierNames() {
        List<String> names = new ArrayList<String>();
        for (TierDefinition tier : tiers.ladder().getTiers()) {
            names.add(tier.getName());
        }
        return names;
    }

    @Override
    public Campaign save(Long campaignId, CampaignDraft draft, String adminLogin) {
        List<LoyaltyText> problems = problemsOf(draft);
        if (!problems.isEmpty()) {
            throw new CampaignRefusedException(problems.get(0));
        }
        return inTransaction(() -> {
            Campaign campaign;
            if (campaignId == null) {
                campaign = dao.create();
                campaign.setStatus(CampaignStatus.DRAFT.name());
                campaign.setCreatedAt(SystemTime.asDate());
                campaign.setCreatedBy(adminLogin);
            } else {
                campaign = editable(campaignId);
            }
            AudienceCriteria criteria = draft.criteria();
            campaign.setName(draft.getName());
            campaign.setMinTierName(criteria.getMinTierName());
            campaign.setSegmentName(criteria.getSegmentName());
            campaign.setPhaseName(criteria.getPhaseName());
            campaign.setNewsletterOnly(criteria.isNewsletterOnly());
            campaign.setLastOrderBefore(date(criteria.getLastOrderBefore()));
            campaign.setLastOrderAfter(date(criteria.getLastOrderAfter()));
            campaign.setSubjectEn(draft.subject("en"));
            campaign.setBodyEn(draft.body("en"));
            campaign.setSubjectRo(draft.subject("ro"));
            campaign.setBodyRo(draft.body("ro"));
            campaign.setSubjectPl(draft.subject("pl"));
            campaign.setBodyPl(draft.body("pl"));
            campaign.setSubjectEs(draft.subject("es"));
            campaign.setBodyEs(draft.body("es"));
            campaign.setBonusPoints(draft.points());
            campaign.setOfferId(draft.offer());
            campaign.setResultDays(draft.days());
            Campaign saved = dao.save(campaign);
            audit.record(adminLogin, AuditedChange.of(AuditKind.CAMPAIGN_CHANGED, "Campaign", saved.getId())
                    .after("name", saved.getName())
                    .after("audience", describe(criteria))
                    .after("bonusPoints", saved.getBonusPoints())
                    .after("offerId", saved.getOfferId())
                    .after("subject", saved.getSubjectEn()));
            return saved;
        });
    }

    private static String describe(AudienceCriteria criteria) {
        StringBuilder text = new StringBuilder();
        append(text, "tier>=", criteria.getMinTierName());
        append(text, "segment=", criteria.getSegmentName());
        append(text, "phase=", criteria.getPhaseName());
        append(text, "newsletter", criteria.isNewsletterOnly() ? "" : null);
        append(text, "lastOrder<", criteria.getLastOrderBefore());
        append(text, "lastOrder>", criteria.getLastOrderAfter());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : " AND ").append(name).append(value);
        }
    }

    /** The campaign, locked, refused when it is being sent or done. */
    private Campaign editable(Long campaignId) {
        Campaign campaign = dao.lock(campaignId);
        if (campaign == null) {
            throw new CampaignRefusedException("loyalty.campaign.unknown", String.valueOf(campaignId));
        }
        if (!CampaignStatus.valueOf(campaign.getStatus()).isEditable()) {
            throw new CampaignRefusedException("loyalty.campaign.notEditable");
        }
        return campaign;
    }

    @Override
    public CampaignDraft draftOf(Campaign campaign) {
        CampaignDraft draft = new CampaignDraft().name(campaign.getName()).minTier(campaign.getMinTierName())
                .segment(campaign.getSegmentName()).phase(campaign.getPhaseName())
                .newsletterOnly(campaign.isNewsletterOnly())
                .lastOrderBefore(day(campaign.getLastOrderBefore())).lastOrderAfter(day(campaign.getLastOrderAfter()))
                .text("en", campaign.getSubjectEn(), campaign.getBodyEn())
                .text("ro", campaign.getSubjectRo(), campaign.getBodyRo())
                .text("pl", campaign.getSubjectPl(), campaign.getBodyPl())
                .text("es", campaign.getSubjectEs(), campaign.getBodyEs())
                .bonusPoints(String.valueOf(campaign.getBonusPoints()))
                .offerId(campaign.getOfferId() == null ? null : String.valueOf(campaign.getOfferId()))
                .resultDays(String.valueOf(campaign.getResultDays()));
        return draft;
    }

    @Override
    public List<Long> audienceOf(AudienceCriteria criteria) {
        if (!criteria.problems().isEmpty()) {
            return new ArrayList<Long>();
        }
        List<List<Long>> members = new ArrayList<List<Long>>();
        if (criteria.getMinTierName() != null) {
            members.add(tiers.customersAtLeast(criteria.getMinTierName()));
        }
        if (criteria.getSegmentName() != null) {
            members.add(segmentLookup.customersIn(criteria.getSegmentName()));
        }
        if (criteria.getPhaseName() != null) {
            members.add(segments.customersInPhase(criteria.getPhaseName()));
        }
        if (criteria.isNewsletterOnly()) {
            members.add(accounts.newsletterSubscribers());
        }
        if (criteria.getLastOrderBefore() != null) {
            Date before = date(criteria.getLastOrderBefore());
            members.add(inTransaction(() -> dao.readCustomersWithLastOrderBefore(before)));
        }
        if (criteria.getLastOrderAfter() != null) {
            Date from = date(criteria.getLastOrderAfter().plusDays(1));
            members.add(inTransaction(() -> dao.readCustomersWithLastOrderFrom(from)));
        }
        return AudienceIntersection.of(members);
    }

    @Override
    public int audienceSize(AudienceCriteria criteria) {
        return audienceOf(criteria).size();
    }

    @Override
    public CampaignPreview preview(Long campaignId, String customerRef) {
        Campaign campaign = campaign(campaignId);
        Customer customer = customer(customerRef);
        CampaignMailer.Letter letter = mailer.letterFor(campaign, customer);
        Map<String, Object> model = new HashMap<String, Object>(letter.getModel());
        if (campaign.getOfferId() != null) {
            model.put("offerCode", "XXXX-XXXX");
        }
        String html = shopperEmails.render(customer, letter.getEmail(), model);
        return new CampaignPreview(customer.getId(), letter.getLanguage(), letter.getSubject(), html,
                isInAudience(campaign, customer));
    }

    private boolean isInAudience(Campaign campaign, Customer customer) {
        Long id = customer.getId();
        CustomerSegmentView view = segments.viewOf(id);
        Date lastOrder = inTransaction(() -> dao.readLastOrderDate(id));
        CustomerFacts facts = new CustomerFacts(tiers.currentTierName(id),
                view == null ? null : view.getSegmentCode(), view == null ? null : view.getLifecyclePhaseCode(),
                accounts.isNewsletterSubscriber(id),
                lastOrder == null ? null : lastOrder.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        return draftOf(campaign).criteria().matches(facts, tierNames());
    }

    /** A customer by email address or id; refused when there is none. */
    private Customer customer(String customerRef) {
        String ref = customerRef == null ? "" : customerRef.trim();
        Customer customer = null;
        if (ref.matches("[0-9]{1,18}")) {
            customer = inTransaction(() -> customerService.readCustomerById(Long.valueOf(ref)));
        } else if (ref.contains("@") && ref.length() <= 255) {
            customer = inTransaction(() -> customerService.readCustomerByEmail(ref));
        }
        if (customer == null) {
            throw new CampaignRefusedException("loyalty.campaign.customer.unknown", ref);
        }
        return customer;
    }

    @Override
    public void sendTest(Long campaignId, String customerRef, String address, String adminLogin) {
        String to = address == null ? "" : address.trim();
        if (to.length() > 255 || !EMAIL.matcher(to).matches()) {
            throw new CampaignRefusedException("loyalty.campaign.testAddress.invalid", to);
        }
        if (!mails.canSend(MailCategory.CAMPAIGN)) {
            throw new CampaignRefusedException("loyalty.campaign.mail.off");
        }
        Campaign campaign = campaign(campaignId);
        Customer customer = customer(customerRef);
        CampaignMailer.Letter letter = mailer.letterFor(campaign, customer);
        Map<String, Object> model = new HashMap<String, Object>(letter.getModel());
        if (campaign.getOfferId() != null) {
            model.put("offerCode", "XXXX-XXXX");
        }
        shopperEmails.sendCopy(to, customer, letter.getEmail(), model);
    }

    @Override
    public Campaign schedule(Long campaignId, Date at, String adminLogin) {
        if (at == null || !at.after(SystemTime.asDate())) {
            throw new CampaignRefusedException("loyalty.campaign.schedule.past");
        }
        return scheduleAt(campaignId, at, adminLogin, AuditKind.CAMPAIGN_CHANGED);
    }

    @Override
    public Campaign sendNow(Long campaignId, String adminLogin) {
        if (!mails.canSend(MailCategory.CAMPAIGN)) {
            throw new CampaignRefusedException("loyalty.campaign.mail.off");
        }
        Campaign campaign = scheduleAt(campaignId, SystemTime.asDate(), adminLogin, AuditKind.CAMPAIGN_SENT);
        scheduler.schedule(() -> job.run(), new Date());
        return campaign;
    }

    private Campaign scheduleAt(Long campaignId, Date at, String adminLogin, AuditKind kind) {
        return inTransaction(() -> {
            Campaign campaign = editable(campaignId);
            if (campaign.getSubjectEn() == null) {
                throw new CampaignRefusedException("loyalty.campaign.english.missing");
            }
            String before = campaign.getStatus();
            Date beforeAt = campaign.getScheduledAt();
            campaign.setStatus(CampaignStatus.SCHEDULED.name());
            campaign.setScheduledAt(at);
            audit.record(adminLogin, AuditedChange.of(kind, "Campaign", campaign.getId())
                    .before("status", before).before("scheduledAt", stamp(beforeAt))
                    .after("status", CampaignStatus.SCHEDULED.name()).after("scheduledAt", stamp(at)));
            return campaign;
        });
    }

    @Override
    public Campaign cancel(Long campaignId, String adminLogin) {
        return inTransaction(() -> {
            Campaign campaign = dao.lock(campaignId);
            if (campaign == null) {
                throw new CampaignRefusedException("loyalty.campaign.unknown", String.valueOf(campaignId));
            }
            if (!CampaignStatus.SCHEDULED.name().equals(campaign.getStatus())) {
                throw new CampaignRefusedException("loyalty.campaign.cancel.notScheduled");
            }
            campaign.setStatus(CampaignStatus.CANCELLED.name());
            audit.record(adminLogin, AuditedChange.of(AuditKind.CAMPAIGN_CHANGED, "Campaign", campaign.getId())
                    .before("status", CampaignStatus.SCHEDULED.name()).before("scheduledAt",
                            stamp(campaign.getScheduledAt()))
                    .after("status", CampaignStatus.CANCELLED.name()));
            return campaign;
        });
    }

    @Override
    public CampaignProgress progress(Long campaignId) {
        return new CampaignProgress(inTransaction(() -> dao.countByStatus(campaignId)));
    }

    @Override
    public CampaignResults results(Long campaignId) {
        MailCounts counts = mails.countsOf("campaign:" + campaignId + ":");
        Object[] orders = inTransaction(() -> dao.readOrderResults(campaignId));
        long ordered = orders[0] == null ? 0 : ((Number) orders[0]).longValue();
        BigDecimal revenue = orders[1] == null ? BigDecimal.ZERO : (BigDecimal) orders[1];
        long sent = progress(campaignId).getSent();
        return new CampaignResults(sent, counts.getOpened(), counts.getClicked(), ordered, revenue);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    private static String stamp(Date date) {
        return date == null ? null : new SimpleDateFormat("yyyy-MM-dd HH:mm").format(date);
    }

    private <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template.execute(status -> work.get());
    }
}
