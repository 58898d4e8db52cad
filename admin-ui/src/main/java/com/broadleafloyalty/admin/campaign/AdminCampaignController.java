package com.broadleafloyalty.admin.campaign;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.campaign.core.AudienceCriteria;
import com.broadleafloyalty.campaign.core.CampaignDraft;
import com.broadleafloyalty.campaign.core.CampaignLanguage;
import com.broadleafloyalty.campaign.core.CampaignStatus;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.service.CampaignPreview;
import com.broadleafloyalty.campaign.service.CampaignResults;
import com.broadleafloyalty.campaign.service.CampaignService;
import com.broadleafloyalty.segment.core.LifecyclePhase;
import com.broadleafloyalty.segment.core.Segment;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.MoneyFormat;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Loyalty > Campaigns ({@code /loyalty-campaigns}): the list with status, progress and results; the form (audience
 * with its count, text per language, bonus points, offer, order window) with every problem shown as a sentence;
 * preview for a real customer, test send, schedule, send now and cancel. Changes go through the campaigns door,
 * which records them through the audit door.
 */
@Controller("blLoyaltyAdminCampaignController")
@RequestMapping("/" + AdminCampaignController.SECTION_KEY)
public class AdminCampaignController {

    public static final String SECTION_KEY = "loyalty-campaigns";
    static final int SHOWN = 100;
    static final String SCHEDULE_FORMAT = "yyyy-MM-dd HH:mm";

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencies;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (Campaign campaign : campaigns.campaigns(SHOWN)) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("campaign", campaign);
            row.put("progress", campaigns.progress(campaign.getId()));
            CampaignResults results = campaigns.results(campaign.getId());
            row.put("results", results);
            row.put("revenue", money(results.getRevenue()));
            rows.add(row);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("viewType", "loyalty/campaigns");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String create(Model model) {
        section.open(SECTION_KEY, model);
        return form(model, null, new CampaignDraft().resultDays(String.valueOf(CampaignDraft.DEFAULT_RESULT_DAYS)),
                null);
    }

    @RequestMapping(value = "/{campaignId:\\d{1,18}}", method = RequestMethod.GET)
    public String edit(@PathVariable("campaignId") Long campaignId, Model model, RedirectAttributes redirect) {
        section.open(SECTION_KEY, model);
        Campaign campaign;
        try {
            campaign = campaigns.campaign(campaignId);
        } catch (LoyaltyRefusal e) {
            redirect.addFlashAttribute("campaignError", section.message(e.getText()));
            return "redirect:/" + SECTION_KEY;
        }
        return form(model, campaign, campaigns.draftOf(campaign), null);
    }

    /** Saves the form, or counts its audience ({@code count} button) and shows the form again. */
    @RequestMapping(value = "/save", method = RequestMethod.POST)
    public String save(@RequestParam(value = "campaignId", required = false) String campaignIdText,
            @RequestParam(value = "count", required = false) String count, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        Long campaignId = campaignIdText != null && campaignIdText.matches("\\d{1,18}") ? Long.valueOf(campaignIdText)
                : null;
        CampaignDraft draft = draftFrom(request);
        Campaign campaign = null;
        try {
            campaign = campaignId == null ? null : campaigns.campaign(campaignId);
        } catch (LoyaltyRefusal e) {
            redirect.addFlashAttribute("campaignError", section.message(e.getText()));
            return "redirect:/" + SECTION_KEY;
        }
        if (count != null) {
            AudienceCriteria criteria = draft.criteria();
            List<String> problems = sentences(criteria.problems());
            if (problems.isEmpty()) {
                model.addAttribute("audienceCount", section.message("loyalty.campaigns.reaches",
                        campaigns.audienceSize(criteria)));
            }
            return form(model, campaign, draft, problems);
        }
        List<String> problems = sentences(campaigns.problemsOf(draft));
        if (!problems.isEmpty()) {
            return form(model, campaign, draft, problems);
        }
        try {
            Campaign saved = campaigns.save(campaignId, draft, adminLogin);
            redirect.addFlashAttribute("notice", section.message("loyalty.campaigns.saved"));
            return "redirect:/" + SECTION_KEY + "/" + saved.getId();
        } catch (LoyaltyRefusal e) {
            return form(model, campaign, draft, Arrays.asList(section.message(e.getText())));
        }
    }

    /** The email for one customer, rendered as it would be sent (sandboxed: no scripts, no same-origin access). */
    @RequestMapping(value = "/{campaignId:\\d{1,18}}/preview", method = RequestMethod.GET)
    public ResponseEntity<byte[]> preview(@PathVariable("campaignId") Long campaignId,
            @RequestParam(value = "customer", required = false) String customer, Model model) {
        section.open(SECTION_KEY, model);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "html", StandardCharsets.UTF_8));
        headers.set("Content-Security-Policy", "sandbox");
        try {
            CampaignPreview preview = campaigns.preview(campaignId, customer);
            String banner = "<p class=\"loyalty-preview-audience\" style=\"background:#eee;padding:4px\">"
                    + escape(section.message(preview.isInAudience() ? "loyalty.campaigns.preview.inAudience"
                            : "loyalty.campaigns.preview.notInAudience", String.valueOf(preview.getCustomerId())))
                    + "</p><p class=\"loyalty-preview-subject\"><b>" + escape(preview.getSubject()) + "</b></p>";
            return new ResponseEntity<byte[]>((banner + preview.getHtml()).getBytes(StandardCharsets.UTF_8), headers,
                    HttpStatus.OK);
        } catch (LoyaltyRefusal e) {
            String sentence = "<p class=\"loyalty-preview-refusal\">" + escape(section.message(e.getText())) + "</p>";
            return new ResponseEntity<byte[]>(sentence.getBytes(StandardCharsets.UTF_8), headers,
                    HttpStatus.BAD_REQUEST);
        }
    }

    @RequestMapping(value = "/{campaignId:\\d{1,18}}/test", method = RequestMethod.POST)
    public String sendTest(@PathVariable("campaignId") Long campaignId,
            @RequestParam(value = "customer", required = false) String customer,
            @RequestParam(value = "address", required = false) String address, Model model,
            RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        return act(campaignId, redirect, "loyalty.campaigns.testSent",
                () -> campaigns.sendTest(campaignId, customer, address, adminLogin));
    }

    @RequestMapping(value = "/{campaignId:\\d{1,18}}/schedule", method = RequestMethod.POST)
    public String schedule(@PathVariable("campaignId") Long campaignId,
            @RequestParam(value = "at", required = false) String at, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        Date when = dateTime(at);
        if (when == null) {
            redirect.addFlashAttribute("campaignError", section.message("loyalty.campaign.schedule.invalid",
                    at == null ? "" : at.trim()));
            return "redirect:/" + SECTION_KEY + "/" + campaignId;
        }
        return act(campaignId, redirect, "loyalty.campaigns.scheduled",
                () -> campaigns.schedule(campaignId, when, adminLogin));
    }

    @RequestMapping(value = "/{campaignId:\\d{1,18}}/send", method = RequestMethod.POST)
    public String sendNow(@PathVariable("campaignId") Long campaignId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        return act(campaignId, redirect, "loyalty.campaigns.sending", () -> campaigns.sendNow(campaignId, adminLogin));
    }

    @RequestMapping(value = "/{campaignId:\\d{1,18}}/cancel", method = RequestMethod.POST)
    public String cancel(@PathVariable("campaignId") Long campaignId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        return act(campaignId, redirect, "loyalty.campaigns.cancelled", () -> campaigns.cancel(campaignId, adminLogin));
    }

    private String act(Long campaignId, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", section.message(doneKey));
        } catch (LoyaltyRefusal e) {
            redirect.addFlashAttribute("campaignError", section.message(e.getText()));
        }
        return "redirect:/" + SECTION_KEY + "/" + campaignId;
    }

    private String form(Model model, Campaign campaign, CampaignDraft draft, List<String> problems) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        model.addAttribute("languages", CampaignLanguage.ALL);
        List<String> tierNames = new ArrayList<String>();
        for (TierDefinition tier : tiers.ladder().getTiers()) {
            tierNames.add(tier.getName());
        }
        model.addAttribute("tierNames", tierNames);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("phases", LifecyclePhase.values());
        if (campaign != null) {
            model.addAttribute("editable", CampaignStatus.valueOf(campaign.getStatus()).isEditable());
            model.addAttribute("scheduled", CampaignStatus.SCHEDULED.name().equals(campaign.getStatus()));
            model.addAttribute("progress", campaigns.progress(campaign.getId()));
            CampaignResults results = campaigns.results(campaign.getId());
            model.addAttribute("results", results);
            model.addAttribute("revenue", money(results.getRevenue()));
            if (!model.containsAttribute("audienceCount") && problems == null) {
                model.addAttribute("audienceCount", section.message("loyalty.campaigns.reaches",
                        campaigns.audienceSize(draft.criteria())));
            }
        } else {
            model.addAttribute("editable", true);
        }
        model.addAttribute("viewType", "loyalty/campaignForm");
        return "modules/defaultContainer";
    }

    /** In the shop's default currency, formatted for the admin's language. */
    private String money(BigDecimal amount) {
        BroadleafCurrency currency = currencies.findDefaultBroadleafCurrency();
        return MoneyFormat.format(amount, currency == null ? "USD" : currency.getCurrencyCode(),
                LocaleContextHolder.getLocale());
    }

    private List<String> sentences(List<LoyaltyText> texts) {
        List<String> sentences = new ArrayList<String>();
        for (LoyaltyText text : texts) {
            sentences.add(section.message(text));
        }
        return sentences;
    }

    private static CampaignDraft draftFrom(HttpServletRequest request) {
        CampaignDraft draft = new CampaignDraft().name(request.getParameter("name"))
                .minTier(request.getParameter("minTier")).segment(request.getParameter("segment"))
                .phase(request.getParameter("phase")).newsletterOnly(request.getParameter("newsletter") != null)
                .lastOrderAfter(request.getParameter("lastOrderAfter"))
                .lastOrderBefore(request.getParameter("lastOrderBefore"))
                .bonusPoints(request.getParameter("bonusPoints")).offerId(request.getParameter("offerId"))
                .resultDays(request.getParameter("resultDays"));
        for (String language : CampaignLanguage.ALL) {
            draft.text(language, request.getParameter("subject_" + language), request.getParameter("body_" + language));
        }
        return draft;
    }

    static Date dateTime(String value) {
        if (value == null || value.trim().length() != SCHEDULE_FORMAT.length()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(SCHEDULE_FORMAT);
        format.setLenient(false);
        try {
            return format.parse(value.trim().replace('T', ' '));
        } catch (ParseException e) {
            return null;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
