package com.broadleafloyalty.throttle.web;

import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps a site's authentication provider (storefront or admin) with the throttle: a locked account or address is
 * refused before the password is looked at (so a guess made during the lock learns nothing), a wrong password counts
 * a failure against both, and a right one forgets the account's failures. The failure that reaches the limit is
 * already answered as a lock.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Log LOG = LogFactory.getLog(ThrottlingAuthenticationProvider.class);

    private AuthenticationProvider delegate;
    private ThrottleService throttle;
    private ClientAddressResolver addresses;
    private ThrottleKind kind = ThrottleKind.LOGIN;

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String address = addressOf(authentication);
        try {
            throttle.check(kind, account, address);
        } catch (ThrottledException e) {
            throw new LoginThrottledException(e.getLockout());
        } catch (RuntimeException e) {
            // The counters cannot be read: refuse as a failed login (the login page), never a 500.
            throw new AuthenticationServiceException("The login throttle could not be checked", e);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            Lockout lockout = countFailure(account, address);
            if (lockout != null) {
                throw new LoginThrottledException(lockout);
            }
            throw e;
        }
        if (result != null) {
            try {
                throttle.recordSuccess(kind, account);
            } catch (RuntimeException e) {
                LOG.warn("Could not clear the failed logins of " + account + "; they expire with the window", e);
            }
        }
        return result;
    }

    private Lockout countFailure(String account, String address) {
        try {
            return throttle.recordFailure(kind, account, address);
        } catch (RuntimeException e) {
            LOG.warn("Could not count a failed login of " + account, e);
            return null;
        }
    }

    private String addressOf(Authentication authentication) {
        String address = addresses.currentAddress();
        if (address == null && authentication.getDetails() instanceof WebAuthenticationDetails) {
            address = ((WebAuthenticationDetails) authentication.getDetails()).getRemoteAddress();
        }
        return address;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    public void setDelegate(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    public void setThrottle(ThrottleService throttle) {
        this.throttle = throttle;
    }

    public void setAddresses(ClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    public void setKind(ThrottleKind kind) {
        this.kind = kind;
    }
}
