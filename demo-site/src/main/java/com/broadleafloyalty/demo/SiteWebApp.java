package com.broadleafloyalty.demo;

import org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.springframework.web.context.request.RequestContextListener;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

import java.util.EnumSet;

import javax.servlet.DispatcherType;

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
            "classpath:/site/applicationContext-security.xml",
            "classpath:/site/applicationContext-filter.xml");

    private SiteWebApp() {
    }

    public static ServletContextHandler create(String contextPath) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
        context.setInitParameter("patchConfigLocation", PATCHES);
        context.addEventListener(new RequestContextListener());
        context.addEventListener(new MergeContextLoaderListener());

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        FilterHolder encoding = new FilterHolder(new CharacterEncodingFilter());
        encoding.setInitParameter("encoding", "UTF-8");
        encoding.setInitParameter("forceEncoding", "true");
        context.addFilter(encoding, "/*", requests);
        FilterHolder security = new FilterHolder(new DelegatingFilterProxy());
        security.setName("springSecurityFilterChain");
        context.addFilter(security, "/*", requests);

        ServletHolder dispatcher = new ServletHolder("site", new DispatcherServlet());
        dispatcher.setInitParameter("contextConfigLocation", "classpath:/site/applicationContext-servlet.xml");
        dispatcher.setInitOrder(1);
        context.addServlet(dispatcher, "/");
        return context;
    }
}
