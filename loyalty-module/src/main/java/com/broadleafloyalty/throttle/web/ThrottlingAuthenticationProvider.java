package com.broadleafloyalty.throttle.web;

import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
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
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            Lockout lockout = throttle.recordFailure(kind, account, address);
            if (lockout != null) {
                throw new LoginThrottledException(lockout);
            }
            throw e;
        }
        if (result != null) {
            throttle.recordSuccess(kind, account);
        }
        return result;
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
