package com.broadleafloyalty.demo;

import com.broadleafloyalty.support.web.RejectedRequestFilter;
import com.broadleafloyalty.support.web.SecurityHeadersFilter;
import org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.springframework.web.context.request.RequestContextListener;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

import java.util.EnumSet;

import javax.servlet.DispatcherType;
import javax.servlet.SessionTrackingMode;

/**
 * The storefront web application, wired in code as a web.xml would wire it. The patch list is what a merchant's
 * site lists: Broadleaf's content-client patches, the loyalty module's one patch, and the site's own files.
 */
public final class SiteWebApp {

    static final String PATCHES = String.join(" ",
            "classpath:/bl-open-admin-contentClient-applicationContext.xml",
            "classpath:/bl-cms-contentClient-applicationContext.xml",
            "classpath:/bl-loyalty-applicationContext.xml",
            "classpath:/site/applicationContext.xml",
            "classpath:/demo-mail.xml",
            "classpath:/site/applicationContext-security.xml",
            "classpath:/site/applicationContext-filter.xml");

    private SiteWebApp() {
    }

    public static ServletContextHandler create(String contextPath) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
        protectSessionCookie(context);
        context.setInitParameter("patchConfigLocation", PATCHES);
        context.addEventListener(new RequestContextListener());
        context.addEventListener(new MergeContextLoaderListener());

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        // First, so that every response carries the headers: error pages and Spring Security's redirects too.
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        FilterHolder encoding = new FilterHolder(new CharacterEncodingFilter());
        encoding.setInitParameter("encoding", "UTF-8");
        encoding.setInitParameter("forceEncoding", "true");
        context.addFilter(encoding, "/*", requests);
        // Error pages never show a stack trace to the browser (the log keeps it).
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        context.setErrorHandler(errors);
        // A URL Spring Security's firewall refuses (an encoded slash) is a 400, not a 500 with a stack trace.
        context.addFilter(new FilterHolder(new RejectedRequestFilter()), "/*", requests);
        FilterHolder security = new FilterHolder(new DelegatingFilterProxy());
        security.setName("springSecurityFilterChain");
        context.addFilter(security, "/*", requests);

        ServletHolder dispatcher = new ServletHolder("site", new DispatcherServlet());
        dispatcher.setInitParameter("contextConfigLocation", "classpath:/site/applicationContext-servlet.xml");
        dispatcher.setInitOrder(1);
        context.addServlet(dispatcher, "/");
        // The loyalty REST API: its own DispatcherServlet (JSON only), under the storefront's security filters.
        ServletHolder api = new ServletHolder("loyaltyApi", new DispatcherServlet());
        api.setInitParameter("contextConfigLocation", "classpath:/bl-loyalty-api-servlet.xml");
        api.setInitOrder(2);
        context.addServlet(api, "/api/loyalty/v1/*");
        return context;
    }

    /**
     * The session cookie is out of scripts' reach (HttpOnly), not sent with cross-site sub-requests or posts
     * (SameSite=Lax), and Secure when the request came over HTTPS (Jetty's default); the id never travels in a URL.
     */
    static void protectSessionCookie(ServletContextHandler context) {
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setSecureRequestOnly(true);
        context.getSessionHandler().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}
