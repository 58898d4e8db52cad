package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.support.core.LoyaltyText;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.annotation.Resource;

/**
 * What a hand-written admin section needs from Broadleaf's admin: the signed-in admin user, the check that they may
 * see the section (Broadleaf's entity sections get it from their entity permissions), the check that they may change
 * what it shows, the menu state of the layout and the admin's messages.
 * <p>
 * A section may be seen with any of its permissions, and changed only with one of type ALL, CREATE, UPDATE or DELETE
 * (a READ one, such as the customer-service role's "View Loyalty Customer Points", only shows it). The page gets
 * {@code loyaltyMayChange} so it can leave out the forms the user may not submit.
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
        model.addAttribute("loyaltyMayChange", mayChange(adminUser, section));
        model.addAttribute(AdminAbstractController.CURRENT_ADMIN_MODULE_ATTRIBUTE_NAME, section.getModule());
        model.addAttribute(AdminAbstractController.CURRENT_ADMIN_SECTION_ATTRIBUTE_NAME, section);
        return adminUser.getLogin();
    }

    /**
     * {@link #open} for a change: refuses with 403 ({@link SectionChangeDeniedException}) when the user may see the
     * section but holds none of its permissions that allow changes.
     */
    public String openForChange(String sectionKey, Model model) {
        String login = open(sectionKey, model);
        if (!Boolean.TRUE.equals(model.asMap().get("loyaltyMayChange"))) {
            throw new SectionChangeDeniedException(sectionKey);
        }
        return login;
    }

    /** Whether the signed-in admin user may change what the section with that URL shows (false without a user). */
    public boolean mayChange(String sectionUrl) {
        AdminUser adminUser = adminSecurity.getPersistentAdminUser();
        AdminSection section = navigation.findAdminSectionByURI(sectionUrl);
        return adminUser != null && section != null && mayChange(adminUser, section);
    }

    /** Whether a section with that URL exists and the signed-in user may see it. */
    public boolean maySee(String sectionUrl) {
        AdminUser adminUser = adminSecurity.getPersistentAdminUser();
        AdminSection section = navigation.findAdminSectionByURI(sectionUrl);
        return adminUser != null && section != null && navigation.isUserAuthorizedToViewSection(adminUser, section);
    }

    static boolean mayChange(AdminUser adminUser, AdminSection section) {
        for (AdminPermission permission : section.getPermissions()) {
            if (CHANGING.contains(permission.getType()) && holds(adminUser, permission)) {
                return true;
            }
        }
        return false;
    }

    private static final List<PermissionType> CHANGING = Arrays.asList(PermissionType.ALL, PermissionType.CREATE,
            PermissionType.UPDATE, PermissionType.DELETE);

    private static boolean holds(AdminUser adminUser, AdminPermission permission) {
        if (contains(adminUser.getAllPermissions(), permission)) {
            return true;
        }
        if (adminUser.getAllRoles() != null) {
            for (AdminRole role : adminUser.getAllRoles()) {
                if (contains(role.getAllPermissions(), permission)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** By id: a friendly READ and ALL permission share one name. */
    private static boolean contains(Collection<AdminPermission> held, AdminPermission permission) {
        if (held != null) {
            for (AdminPermission candidate : held) {
                if (candidate.getId() != null && candidate.getId().equals(permission.getId())) {
                    return true;
                }
            }
        }
        return false;
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
