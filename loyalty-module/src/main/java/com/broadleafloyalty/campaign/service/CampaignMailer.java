package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.core.CampaignLanguage;
import com.broadleafloyalty.campaign.core.Placeholders;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.i18n.ShopperLocales;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Makes one customer's campaign email: the campaign's text in the customer's language (English when that language's
 * is empty), placeholders filled with the customer's figures, the body as paragraphs of lines that the template writes
 * escaped, and the Broadleaf email with that subject.
 */
public class CampaignMailer {

    @Resource(name = "blLoyaltyCampaignEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blLoyaltyShopperLocales")
    protected ShopperLocales shopperLocales;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    /** The customer's language for campaigns: en, ro, pl or es. */
    public String languageOf(Customer customer) {
        org.broadleafcommerce.common.locale.domain.Locale locale = shopperLocales.localeOf(customer);
        return CampaignLanguage.forLocale(locale == null ? null
                : BroadleafRequestContext.convertLocaleToJavaLocale(locale));
    }

    public Letter letterFor(Campaign campaign, Customer customer) {
        String language = languageOf(customer);
        Map<String, String> values = valuesFor(customer, new Locale(language));
        // One line: a customer's first name with a line break must not start a new mail header.
        String subject = Placeholders.fill(CampaignLanguage.pick(subjectIn(campaign, language),
                campaign.getSubjectEn()), values).replaceAll("[\\r\\n]+", " ");
        String body = Placeholders.fill(CampaignLanguage.pick(bodyIn(campaign, language), campaign.getBodyEn()),
                values);
        EmailInfo info = email.clone();
        info.setSubject(subject);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("campaignSubject", subject);
        model.put("campaignParagraphs", Placeholders.paragraphs(body));
        model.put("bonusPoints", campaign.getBonusPoints());
        return new Letter(language, subject, info, model);
    }

    private Map<String, String> valuesFor(Customer customer, Locale locale) {
        Map<String, String> values = new HashMap<String, String>();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        values.put(Placeholders.FIRST_NAME, customer.getFirstName() == null ? "" : customer.getFirstName());
        values.put(Placeholders.BALANCE, numbers.format(points.getBalance(customer.getId())));
        TierStatus status = tiers.status(customer.getId());
        values.put(Placeholders.TIER, status == null || status.getTierName() == null ? "" : status.getTierName());
        long missing = status == null || status.getProgress() == null || status.getProgress().getNext() == null ? 0
                : status.getProgress().getPointsMissing();
        values.put(Placeholders.POINTS_TO_NEXT_TIER, numbers.format(missing));
        return values;
    }

    static String subjectIn(Campaign campaign, String language) {
        switch (language) {
            case "ro":
                return campaign.getSubjectRo();
            case "pl":
                return campaign.getSubjectPl();
            case "es":
                return campaign.getSubjectEs();
            default:
                return campaign.getSubjectEn();
        }
    }

    static String bodyIn(Campaign campaign, String language) {
        switch (language) {
            case "ro":
                return campaign.getBodyRo();
            case "pl":
                return campaign.getBodyPl();
            case "es":
                return campaign.getBodyEs();
            default:
                return campaign.getBodyEn();
        }
    }

    /** One customer's email: its language, filled subject, Broadleaf email and template model. */
    public static final class Letter {

        private final String language;
        private final String subject;
        private final EmailInfo email;
        private final Map<String, Object> model;

        Letter(String language, String subject, EmailInfo email, Map<String, Object> model) {
            this.language = language;
            this.subject = subject;
            this.email = email;
            this.model = model;
        }

        public String getLanguage() {
            return language;
        }

        public String getSubject() {
            return subject;
        }

        public EmailInfo getEmail() {
            return email;
        }

        public Map<String, Object> getModel() {
            return model;
        }
    }
}
