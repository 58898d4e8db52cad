package com.broadleafloyalty.admin.security;

import com.broadleafloyalty.admin.customer.SectionAccessDeniedException;
import com.broadleafloyalty.admin.customer.SectionChangeDeniedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin's "no access" answer for the loyalty sections: HTTP 403 and a short page in the admin user's language
 * that says whether the section is out of their role or only its changes are (nothing was saved), with a link back.
 */
public class SectionAccessDeniedPage implements HandlerExceptionResolver, Ordered {

    private static final Log LOG = LogFactory.getLog(SectionAccessDeniedPage.class);

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof SectionAccessDeniedException) || response.isCommitted()) {
            return null;
        }
        boolean change = exception instanceof SectionChangeDeniedException;
        LOG.info("Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + exception.getMessage());
        String prefix = change ? "loyalty.admin.changeDenied." : "loyalty.admin.noAccess.";
        Locale locale = LocaleContextHolder.getLocale();
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter page = response.getWriter();
            page.write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + text(prefix + "title", locale)
                    + "</title></head><body><main class=\"loyalty-access-denied\" data-reason=\""
                    + (change ? "change" : "section") + "\"><h1>" + text(prefix + "title", locale)
                    + "</h1><p class=\"loyalty-refusal\">" + text(prefix + "explain", locale) + "</p><p><a href=\""
                    + HtmlUtils.htmlEscape(AdminExpiredFormFilter.backPath(request)) + "\">"
                    + text("loyalty.admin.noAccess.back", locale) + "</a></p></main></body></html>");
            page.flush();
        } catch (IOException e) {
            LOG.debug("Could not write the no-access page", e);
        }
        return new ModelAndView();
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
