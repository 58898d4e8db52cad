package com.broadleafloyalty.support.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's username/password check, plus the upgrade: when the password was right and the stored hash is of
 * the legacy scheme ({@link UpgradingPasswordEncoder#needsUpgrade}), the password is stored again as BCrypt. Only
 * here is the raw password known together with the user; a failed upgrade is logged and the login still succeeds.
 */
public class RehashingAuthenticationProvider extends DaoAuthenticationProvider {

    private static final Log LOG = LogFactory.getLog(RehashingAuthenticationProvider.class);

    private PasswordRehash passwordRehash;

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication);
        if (passwordRehash != null && getPasswordEncoder() instanceof UpgradingPasswordEncoder
                && ((UpgradingPasswordEncoder) getPasswordEncoder()).needsUpgrade(user.getPassword())) {
            try {
                passwordRehash.rehash(user.getUsername(), String.valueOf(authentication.getCredentials()));
            } catch (RuntimeException e) {
                LOG.warn("Could not store the password of " + user.getUsername() + " as BCrypt; it stays as it was", e);
            }
        }
    }

    public void setPasswordRehash(PasswordRehash passwordRehash) {
        this.passwordRehash = passwordRehash;
    }
}
