package com.broadleafloyalty.support.web;

import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The browser-side protections of every response, set before the request goes on so that error pages, redirects and
 * the pages Spring Security leaves alone ({@code security="none"}) carry them too: a Content-Security-Policy, no MIME
 * sniffing, no framing by other sites, a short Referer, and HSTS on requests that came over HTTPS.
 * <p>
 * Declare it first in the site's (and the admin's) web.xml; its init parameters are the properties below. The
 * defaults suit the storefront: the module's templates have no inline script, handler or style attribute.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Scripts only from the shop; inline style blocks allowed (the site's own templates may carry some). */
    public static final String STOREFRONT_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Broadleaf 3.1's admin needs more: inline scripts in its layouts (the jQuery fallback and the user's
     * preferences in partials/footer.html, the login layout's script), inline style attributes, eval in jQuery
     * 1.9.1's script handling and its date picker, and a same-origin iframe for asset uploads.
     */
    public static final String ADMIN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private String contentSecurityPolicy = STOREFRONT_POLICY;
    private String frameOptions = "DENY";
    private String referrerPolicy = "strict-origin-when-cross-origin";
    private long hstsMaxAgeSeconds = 31536000L;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", frameOptions);
        response.setHeader("Referrer-Policy", referrerPolicy);
        if (request.isSecure() && hstsMaxAgeSeconds > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAgeSeconds + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    public void setContentSecurityPolicy(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    public void setFrameOptions(String frameOptions) {
        this.frameOptions = frameOptions;
    }

    public void setReferrerPolicy(String referrerPolicy) {
        this.referrerPolicy = referrerPolicy;
    }

    public void setHstsMaxAgeSeconds(long hstsMaxAgeSeconds) {
        this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
    }

    public String getContentSecurityPolicy() {
        return contentSecurityPolicy;
    }
}
