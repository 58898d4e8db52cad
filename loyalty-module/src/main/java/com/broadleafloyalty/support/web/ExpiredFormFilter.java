package com.broadleafloyalty.support.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's storefront CSRF check ({@code blCsrfFilter}) with a friendly ending. Broadleaf refuses a POST whose
 * token is missing or not the session's by throwing, which ends in an HTTP 500 with a stack trace; that is what every
 * shopper sees whose session ended (a restart, a long pause) before they sent a form. This filter refuses the same
 * POSTs, changes nothing, and redirects (303) to {@link #setExpiredFormPath a page} that says so in the shopper's
 * language and links back to where they were: the page they posted from (the Referer, when it is this shop's).
 */
public class ExpiredFormFilter extends CsrfFilter {

    private static final Log LOG = LogFactory.getLog(ExpiredFormFilter.class);

    private String expiredFormPath = "/form-expired";

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, final FilterChain chain)
            throws IOException, ServletException {
        final boolean[] passed = new boolean[1];
        FilterChain marking = new FilterChain() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response)
                    throws IOException, ServletException {
                passed[0] = true;
                chain.doFilter(request, response);
            }
        };
        try {
            super.doFilter(baseRequest, baseResponse, marking);
        } catch (ServletException e) {
            // Only Broadleaf's own refusal: anything thrown further down the chain is not ours to hide.
            if (passed[0] || !(e.getCause() instanceof ServiceException)) {
                throw e;
            }
            HttpServletRequest request = (HttpServletRequest) baseRequest;
            HttpServletResponse response = (HttpServletResponse) baseResponse;
            LOG.info("Refused a POST to " + request.getRequestURI() + " without the session's form token: "
                    + e.getCause().getMessage());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + expiredFormPath + "?back="
                    + encode(backPath(request)));
        }
    }

    /** The path (and query) of the page the form was on, when the Referer is this shop; else the home page. */
    static String backPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI from = new URI(referer);
            if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || from.getRawPath() == null || !from.getRawPath().startsWith(request.getContextPath() + "/")) {
                return "/";
            }
            String path = from.getRawPath().substring(request.getContextPath().length());
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (URISyntaxException notAUri) {
            return "/";
        }
    }

    /** Where refused POSTs are sent, within the site (default {@code /form-expired}). */
    public void setExpiredFormPath(String expiredFormPath) {
        this.expiredFormPath = expiredFormPath;
    }

    private static String encode(String path) throws UnsupportedEncodingException {
        return URLEncoder.encode(path, "UTF-8");
    }
}
