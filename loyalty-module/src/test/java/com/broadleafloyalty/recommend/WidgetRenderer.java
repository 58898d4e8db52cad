package com.broadleafloyalty.recommend;

import com.broadleafloyalty.test.LoyaltyTestContext;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.dialect.SpringStandardDialect;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Renders the module's templates with Broadleaf's dialect from the real context (so blc:loyalty_recommendations and
 * blc:price run for real), the site's messages, and a minimal stand-in for the servlet request, which link expressions
 * need.
 */
final class WidgetRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    WidgetRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        Set<IDialect> dialects = new HashSet<IDialect>();
        dialects.add(new SpringStandardDialect());
        dialects.add(LoyaltyTestContext.bean("blDialect", IDialect.class));
        engine.setDialects(dialects);
        engine.setTemplateResolver(resolver);
        // The site's messages, as Spring gives them to a template engine bean: texts, plurals and money.
        engine.setMessageSource(LoyaltyTestContext.bean("messageSource", MessageSource.class));
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String render(String template, Map<String, ?> variables) {
        Map<String, Object> attributes = new HashMap<String, Object>();
        HttpServletRequest request = stub(HttpServletRequest.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getContextPath":
                    return "";
                case "getAttribute":
                    return attributes.get((String) args[0]);
                case "getAttributeNames":
                    return Collections.enumeration(new HashSet<String>(attributes.keySet()));
                case "setAttribute":
                    return attributes.put((String) args[0], args[1]);
                case "removeAttribute":
                    return attributes.remove((String) args[0]);
                case "getLocale":
                    return Locale.US;
                default:
                    return null;
            }
        });
        HttpServletResponse response = stub(HttpServletResponse.class,
                (proxy, method, args) -> method.getName().startsWith("encode") ? args[0] : null);
        ServletContext servletContext = stub(ServletContext.class, (proxy, method, args) -> null);
        return engine.process(template, new WebContext(request, response, servletContext, Locale.US, variables));
    }

    private static <T> T stub(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(WidgetRenderer.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Object result = handler.invoke(proxy, method, args);
                    if (result == null && method.getReturnType() == boolean.class) {
                        return false;
                    }
                    if (result == null && method.getReturnType() == int.class) {
                        return 0;
                    }
                    if (result == null && method.getReturnType() == Enumeration.class) {
                        return Collections.emptyEnumeration();
                    }
                    if (result == null && method.getReturnType() == Map.class) {
                        return Collections.emptyMap();
                    }
                    return result;
                }));
    }
}
