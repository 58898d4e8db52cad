package com.broadleafloyalty.admin.security;

import com.broadleafloyalty.support.security.PasswordRehash;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;

import javax.annotation.Resource;

/** An admin user's password stored again through Broadleaf's admin security service (blAdminPasswordEncoder). */
public class AdminPasswordRehash implements PasswordRehash {

    @Resource(name = "blAdminSecurityService")
    protected AdminSecurityService adminSecurityService;

    @Override
    public void rehash(String username, String rawPassword) {
        AdminUser user = adminSecurityService.readAdminUserByUserName(username);
        if (user != null) {
            user.setUnencodedPassword(rawPassword);
            adminSecurityService.saveAdminUser(user);
        }
    }
}
