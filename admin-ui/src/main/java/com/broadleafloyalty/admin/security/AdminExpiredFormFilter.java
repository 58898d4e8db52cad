package com.broadleafloyalty.admin.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.web.BroadleafLocaleResolver;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.web.filter.AdminCsrfFilter;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's admin CSRF check ({@code blCsrfFilter}) without its HTTP 500. Broadleaf sends a signed-out admin whose
 * form had no valid token to the login page, but rethrows for a signed-in one, which ends in a stack trace. This
 * filter answers that case with a short page (HTTP 403) in the admin's language: nothing was saved, and a link back to
 * the page the form was on (the Referer, when it is this admin's).
 */
public class AdminExpiredFormFilter extends AdminCsrfFilter {

    private static final Log LOG = LogFactory.getLog(AdminExpiredFormFilter.class);

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Resource(name = "blLocaleResolver")
    protected BroadleafLocaleResolver locales;

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, final FilterChain chain)
            throws IOException, ServletException {
        final boolean[] passed = new boolean[1];
        try {
            super.doFilter(baseRequest, baseResponse, new FilterChain() {
                @Override
                public void doFilter(ServletRequest request, ServletResponse response)
                        throws IOException, ServletException {
                    passed[0] = true;
                    chain.doFilter(request, response);
                }
            });
        } catch (ServletException e) {
            if (passed[0] || !(e.getCause() instanceof ServiceException) || baseResponse.isCommitted()) {
                throw e;
            }
            HttpServletRequest request = (HttpServletRequest) baseRequest;
            LOG.info("Refused an admin POST to " + request.getRequestURI() + " without the session's token");
            expiredPage(request, (HttpServletResponse) baseResponse);
        }
    }

    private void expiredPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = adminLanguage(request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + text("title", locale)
                + "</title></head><body><main class=\"loyalty-form-expired\"><h1>" + text("title", locale)
                + "</h1><p class=\"loyalty-refusal\">" + text("explain", locale) + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(backPath(request)) + "\">" + text("back", locale)
                + "</a></p></main></body></html>");
        page.flush();
    }

    /**
     * The language the admin user chose (?blLocaleCode=, kept in the session), else the shop's default: this filter
     * runs before Broadleaf's admin request filter, which would otherwise make that choice for the page.
     */
    private Locale adminLanguage(HttpServletRequest request) {
        Locale chosen = BroadleafRequestContext.convertLocaleToJavaLocale(
                locales.resolveLocale(new ServletWebRequest(request)));
        return chosen != null ? chosen : request.getLocale();
    }

    private String text(String key, Locale locale) {
        String name = "loyalty.admin.formExpired." + key;
        return HtmlUtils.htmlEscape(messages.getMessage(name, null, name, locale));
    }

    /** The admin page the form was on, when the Referer is this admin; else the admin's home. */
    static String backPath(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        try {
            URI from = referer == null ? null : new URI(referer);
            if (from == null || from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || from.getRawPath() == null || !from.getRawPath().startsWith(home)) {
                return home;
            }
            return from.getRawQuery() == null ? from.getRawPath() : from.getRawPath() + "?" + from.getRawQuery();
        } catch (URISyntaxException notAUri) {
            return home;
        }
    }
}
