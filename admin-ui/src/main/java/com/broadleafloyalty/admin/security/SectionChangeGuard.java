package com.broadleafloyalty.admin.security;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.admin.customer.SectionAccessDeniedException;
import com.broadleafloyalty.admin.customer.SectionChangeDeniedException;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.util.UrlPathHelper;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One gate for every change in the loyalty sections: a request other than GET or HEAD to {@code /loyalty-...} needs a
 * permission of that section that allows changes (see {@link LoyaltyAdminSection}). It covers Broadleaf's generic
 * entity pages (rewards, tiers, VIP offers) as well as the hand-written sections, whose controllers check again.
 * A user with a READ permission only (the customer-service role) gets the 403 page; nothing runs.
 */
public class SectionChangeGuard extends HandlerInterceptorAdapter {

    static final String PREFIX = "/loyalty-";

    private final UrlPathHelper paths = new UrlPathHelper();

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        String sectionUrl = sectionUrl(paths.getPathWithinApplication(request));
        if (sectionUrl == null) {
            return true;
        }
        String sectionKey = sectionUrl.substring(1);
        if (!section.maySee(sectionUrl)) {
            throw new SectionAccessDeniedException(sectionKey);
        }
        if (!section.mayChange(sectionUrl)) {
            throw new SectionChangeDeniedException(sectionKey);
        }
        return true;
    }

    /** "/loyalty-customers" for "/loyalty-customers/12/adjust"; null outside the loyalty sections. */
    static String sectionUrl(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', 1);
        int semicolon = path.indexOf(';', 1);
        if (semicolon > 0 && (end < 0 || semicolon < end)) {
            end = semicolon;
        }
        return end < 0 ? path : path.substring(0, end);
    }
}
