package com.broadleafloyalty.demo.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a form sent without a valid token lands (ExpiredFormFilter): the session ended, nothing was changed, and a
 * link takes the shopper back to the page they were on, which now carries a fresh token.
 */
@Controller
public class FormExpiredController {

    @RequestMapping(value = "/form-expired", method = RequestMethod.GET)
    public String formExpired(@RequestParam(value = "back", defaultValue = "/") String back, Model model) {
        model.addAttribute("back", isSitePath(back) ? back : "/");
        return "error/formExpired";
    }

    /** Only a path of this shop: never another site ("//evil.example", "http:…"), never a script ("javascript:"). */
    static boolean isSitePath(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") && back.length() <= 2000
                && !back.contains("\n") && !back.contains("\r");
    }
}
