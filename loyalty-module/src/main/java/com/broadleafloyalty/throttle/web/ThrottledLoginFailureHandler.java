package com.broadleafloyalty.throttle.web;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The site's failure handler, except for a throttled login: that one goes back to the login page with the minutes to
 * wait in the session ({@value #MINUTES_ATTRIBUTE}, a number the page puts into
 * {@code #{loyalty.throttle.tooManyAttempts(...)}} in the shopper's language) and {@code throttledUrl}'s parameter.
 */
public class ThrottledLoginFailureHandler implements AuthenticationFailureHandler {

    public static final String MINUTES_ATTRIBUTE = "loyaltyThrottleMinutes";

    private AuthenticationFailureHandler delegate;
    private String throttledUrl = "/login?throttled=true";
    private RedirectStrategy redirectStrategy = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottledException) {
            request.getSession().setAttribute(MINUTES_ATTRIBUTE,
                    ((LoginThrottledException) exception).getLockout().minutesToWait());
            redirectStrategy.sendRedirect(request, response, throttledUrl);
            return;
        }
        delegate.onAuthenticationFailure(request, response, exception);
    }

    public void setDelegate(AuthenticationFailureHandler delegate) {
        this.delegate = delegate;
    }

    public void setThrottledUrl(String throttledUrl) {
        this.throttledUrl = throttledUrl;
    }

    public void setRedirectStrategy(RedirectStrategy redirectStrategy) {
        this.redirectStrategy = redirectStrategy;
    }
}
