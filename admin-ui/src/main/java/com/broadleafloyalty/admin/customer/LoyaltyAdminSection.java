package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.support.core.LoyaltyText;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import javax.annotation.Resource;

/**
 * What a hand-written admin section needs from Broadleaf's admin: the signed-in admin user, the check that they may
 * see the section (Broadleaf's entity sections get it from their entity permissions), the menu state of the layout
 * and the admin's messages.
 */
public class LoyaltyAdminSection {

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier adminSecurity;

    @Resource(name = "blAdminNavigationService")
    protected AdminNavigationService navigation;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    /**
     * Fills in the layout's menu state and returns the admin user's login, or refuses with 403 when the user holds no
     * permission of the section.
     */
    public String open(String sectionKey, Model model) {
        AdminUser adminUser = adminSecurity.getPersistentAdminUser();
        AdminSection section = navigation.findAdminSectionByURI("/" + sectionKey);
        if (adminUser == null || section == null || !navigation.isUserAuthorizedToViewSection(adminUser, section)) {
            throw new SectionAccessDeniedException(sectionKey);
        }
        model.addAttribute("sectionKey", sectionKey);
        model.addAttribute(AdminAbstractController.CURRENT_ADMIN_MODULE_ATTRIBUTE_NAME, section.getModule());
        model.addAttribute(AdminAbstractController.CURRENT_ADMIN_SECTION_ATTRIBUTE_NAME, section);
        return adminUser.getLogin();
    }

    /** An admin text in the admin user's language; arguments are formatted as given (pass ids as strings). */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** A loyalty text (a refusal's reason, a tier's progress) in the admin user's language. */
    public String message(LoyaltyText text) {
        return message(text.getKey(), text.getArguments());
    }
}
