package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.support.web.RejectedRequestFilter;
import com.broadleafloyalty.support.web.SecurityHeadersFilter;
import org.broadleafcommerce.common.web.extensibility.MergeContextLoader;
import org.eclipse.jetty.http.HttpCookie;
import org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.request.RequestContextListener;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

import java.util.EnumSet;

import javax.servlet.DispatcherType;
import javax.servlet.SessionTrackingMode;

/**
 * The demo shop's Broadleaf admin as a Jetty context: what a Broadleaf admin's web.xml declares, in code.
 * The storefront context must have started first: it creates the schema and loads the data, including the admin
 * users and menus; the admin only connects to the same database ({@code loyalty.demo.jdbc.url}).
 */
public final class AdminWebApp {

    /** Root context patches, in merge order: Broadleaf's admin, the loyalty module and its admin, then this shop's. */
    static final String ROOT_PATCHES = String.join("\n",
            "classpath:/bl-open-admin-contentClient-applicationContext.xml",
            "classpath:/bl-open-admin-contentCreator-applicationContext.xml",
            "classpath:/bl-admin-applicationContext.xml",
            "classpath:/bl-cms-contentClient-applicationContext.xml",
            "classpath:/bl-cms-contentCreator-applicationContext.xml",
            "classpath:/bl-loyalty-applicationContext.xml",
            "classpath:/bl-loyalty-admin-applicationContext.xml",
            "classpath:/admin/applicationContext-admin.xml",
            "classpath:/demo-mail.xml",
            "classpath:/admin/applicationContext-admin-filter.xml",
            "classpath:/admin/applicationContext-admin-security.xml");

    /** The DispatcherServlet's context: plain Spring, later files replace beans of earlier ones by id. */
    static final String SERVLET_CONFIG = String.join("\n",
            "classpath:/applicationContext-servlet-open-admin.xml",
            "classpath:/applicationContext-servlet-admin.xml",
            "classpath:/applicationContext-servlet-cms-contentClient.xml",
            "classpath:/applicationContext-servlet-cms-contentCreator.xml",
            "classpath:/bl-loyalty-admin-applicationContext-servlet.xml",
            "classpath:/admin/applicationContext-admin-servlet.xml");

    /** Its own cookie name, so the browser's storefront session cookie (path /) never shadows the admin's. */
    static final String SESSION_COOKIE = "LOYALTYADMINSESSION";

    private AdminWebApp() {
    }

    public static ServletContextHandler create(String contextPath) {
        ServletContextHandler admin = new ServletContextHandler(ServletContextHandler.SESSIONS);
        admin.setContextPath(contextPath);
        admin.setDisplayName("Broadleaf Loyalty demo admin");
        admin.getSessionHandler().getSessionCookieConfig().setName(SESSION_COOKIE);
        // Cookies only: a session id in a URL (;jsessionid=) leaks through links, logs and the Referer header.
        admin.getSessionHandler().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        // Out of scripts' reach, not sent with cross-site posts, Secure over HTTPS (Jetty's default for secure requests).
        admin.getSessionHandler().setHttpOnly(true);
        admin.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        admin.getSessionHandler().setSecureRequestOnly(true);

        admin.setInitParameter(MergeContextLoader.PATCH_LOCATION_PARAM, ROOT_PATCHES);
        admin.addEventListener(new RequestContextListener());
        admin.addEventListener(new MergeContextLoaderListener());
        admin.addEventListener(new HttpSessionEventPublisher());

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        // First, so that the login page and static files (outside Spring Security's chain) carry the headers too.
        SecurityHeadersFilter headers = new SecurityHeadersFilter();
        headers.setContentSecurityPolicy(SecurityHeadersFilter.ADMIN_POLICY);
        headers.setFrameOptions("SAMEORIGIN");
        admin.addFilter(new FilterHolder(headers), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        // Broadleaf's reset-password page fails (500) when opened without the messageCode its own link carries.
        // admin-ui's filter is a bean of the admin's root context, reached as a web.xml would reach it.
        FilterHolder resetPassword = new FilterHolder(DelegatingFilterProxy.class);
        resetPassword.setName("blLoyaltyResetPasswordPageFilter");
        admin.addFilter(resetPassword, "/resetPassword", requests);
        FilterHolder encoding = new FilterHolder(CharacterEncodingFilter.class);
        encoding.setInitParameter("encoding", "UTF-8");
        encoding.setInitParameter("forceEncoding", "true");
        admin.addFilter(encoding, "/*", requests);
        // Named after the Spring Security chain bean it delegates to; that chain also runs the open-entity-manager
        // and Broadleaf request filters (applicationContext-admin-security.xml, applicationContext-admin-filter.xml).
        // Error pages never show a stack trace to the browser (the log keeps it).
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        admin.setErrorHandler(errors);
        // A URL Spring Security's firewall refuses (an encoded slash) is a 400, not a 500 with a stack trace.
        admin.addFilter(new FilterHolder(new RejectedRequestFilter()), "/*", requests);
        FilterHolder security = new FilterHolder(DelegatingFilterProxy.class);
        security.setName("springSecurityFilterChain");
        admin.addFilter(security, "/*", requests);

        ServletHolder dispatcher = new ServletHolder("admin", DispatcherServlet.class);
        dispatcher.setInitParameter("contextConfigLocation", SERVLET_CONFIG);
        dispatcher.setInitOrder(1);
        admin.addServlet(dispatcher, "/");
        return admin;
    }
}
