package com.broadleafloyalty.admin.challenge;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.challenge.core.Badge;
import com.broadleafloyalty.challenge.core.ChallengeDraft;
import com.broadleafloyalty.challenge.core.ChallengeRefusedException;
import com.broadleafloyalty.challenge.core.ChallengeRuleType;
import com.broadleafloyalty.challenge.core.WindowType;
import com.broadleafloyalty.challenge.domain.Challenge;
import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.support.core.LoyaltyText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Loyalty > Challenges ({@code /loyalty-challenges}): every challenge with how many customers completed it; create,
 * edit (every problem of the input listed, nothing saved) and deactivate. Changes are audited by the service.
 */
@Controller("blLoyaltyAdminChallengeController")
@RequestMapping("/" + AdminChallengeController.SECTION_KEY)
public class AdminChallengeController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-challenges";

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyChallengeService")
    protected ChallengeService challenges;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        model.addAttribute("challenges", challenges.challenges());
        model.addAttribute("completions", challenges.completionCounts());
        model.addAttribute("viewType", "loyalty/challenges");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String create(Model model) {
        section.openForChange(SECTION_KEY, model);
        ChallengeDraft draft = new ChallengeDraft();
        draft.ruleType = ChallengeRuleType.ORDERS.name();
        draft.windowType = WindowType.ROLLING_DAYS.name();
        draft.days = "60";
        draft.bonusPoints = "0";
        return form(model, null, draft);
    }

    @RequestMapping(value = "/{id:\\d+}", method = RequestMethod.GET)
    public String edit(@PathVariable("id") Long id, Model model) {
        section.open(SECTION_KEY, model);
        Challenge challenge = challenges.challenge(id);
        if (challenge == null) {
            return "redirect:/" + SECTION_KEY;
        }
        return form(model, id, draftOf(challenge));
    }

    @RequestMapping(value = "/save", method = RequestMethod.POST)
    public String save(@RequestParam(value = "id", required = false) String id,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "description", required = false) String description,
            @RequestParam(value = "ruleType", required = false) String ruleType,
            @RequestParam(value = "goal", required = false) String goal,
            @RequestParam(value = "categoryId", required = false) String categoryId,
            @RequestParam(value = "windowType", required = false) String windowType,
            @RequestParam(value = "days", required = false) String days,
            @RequestParam(value = "firstDay", required = false) String firstDay,
            @RequestParam(value = "lastDay", required = false) String lastDay,
            @RequestParam(value = "bonusPoints", required = false) String bonusPoints,
            @RequestParam(value = "badge", required = false) String badge,
            Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        ChallengeDraft draft = new ChallengeDraft();
        draft.name = name;
        draft.description = description;
        draft.ruleType = ruleType;
        draft.goal = goal;
        draft.categoryId = categoryId;
        draft.windowType = windowType;
        draft.days = days;
        draft.firstDay = firstDay;
        draft.lastDay = lastDay;
        draft.bonusPoints = bonusPoints;
        draft.badge = badge;
        Long challengeId = id != null && id.trim().matches("[0-9]{1,18}") ? Long.valueOf(id.trim()) : null;
        try {
            Challenge saved = challenges.save(challengeId, draft, adminLogin);
            redirect.addFlashAttribute("notice", section.message("loyalty.challenges.saved", saved.getName()));
            return "redirect:/" + SECTION_KEY;
        } catch (ChallengeRefusedException e) {
            List<String> problems = new ArrayList<String>();
            for (LoyaltyText problem : e.getProblems()) {
                problems.add(section.message(problem));
            }
            model.addAttribute("problems", problems);
            return form(model, challengeId, draft);
        }
    }

    @RequestMapping(value = "/{id:\\d+}/deactivate", method = RequestMethod.POST)
    public String deactivate(@PathVariable("id") Long id, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        if (challenges.deactivate(id, adminLogin)) {
            redirect.addFlashAttribute("notice", section.message("loyalty.challenges.deactivated"));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private String form(Model model, Long id, ChallengeDraft draft) {
        model.addAttribute("challengeId", id);
        model.addAttribute("draft", draft);
        model.addAttribute("ruleTypes", Arrays.asList(ChallengeRuleType.values()));
        model.addAttribute("windowTypes", Arrays.asList(WindowType.values()));
        model.addAttribute("badges", Arrays.asList(Badge.values()));
        model.addAttribute("viewType", "loyalty/challengeForm");
        return "modules/defaultContainer";
    }

    private static ChallengeDraft draftOf(Challenge challenge) {
        ChallengeDraft draft = new ChallengeDraft();
        draft.name = challenge.getName();
        draft.description = challenge.getDescription();
        draft.ruleType = challenge.getRuleType();
        draft.goal = challenge.getGoal() == null ? null : challenge.getGoal().stripTrailingZeros().toPlainString();
        draft.categoryId = challenge.getCategoryId() == null ? null : String.valueOf(challenge.getCategoryId());
        draft.windowType = challenge.getWindowType();
        draft.days = String.valueOf(challenge.getWindowDays());
        draft.firstDay = day(challenge.getFirstDay());
        draft.lastDay = day(challenge.getLastDay());
        draft.bonusPoints = String.valueOf(challenge.getBonusPoints());
        draft.badge = challenge.getBadge();
        return draft;
    }

    private static String day(Date date) {
        return date == null ? null : new SimpleDateFormat("yyyy-MM-dd").format(date);
    }
}
