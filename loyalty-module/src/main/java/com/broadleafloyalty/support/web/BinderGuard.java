package com.broadleafloyalty.support.web;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Keeps request parameters such as {@code class.module.classLoader...} away from data binding on every controller of
 * the site, storefront and admin: on JDK 9+ they reach the class loader through Spring 3.2's binder (the
 * Spring4Shell family, CVE-2022-22965, fixed only in Spring 5.2.20 / 5.3.18).
 * <p>
 * A {@code @ControllerAdvice} would not do: Spring 3.2 looks for it only in the handler adapter's own context, and
 * the adapters live in each DispatcherServlet's context while the module's beans live in the root one. Child contexts
 * publish their refresh to the root context, so this listener meets every adapter once it exists and puts a
 * {@link GuardedBindingInitializer} in front of the initializer it had (Broadleaf's controllers included).
 * Adapters that a DispatcherServlet creates without a bean ({@code <mvc:annotation-driven/>} missing) are not reached.
 */
public class BinderGuard implements ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        ApplicationContext context = event.getApplicationContext();
        for (RequestMappingHandlerAdapter adapter : context.getBeansOfType(RequestMappingHandlerAdapter.class).values()) {
            guard(adapter);
        }
    }

    static void guard(RequestMappingHandlerAdapter adapter) {
        if (!(adapter.getWebBindingInitializer() instanceof GuardedBindingInitializer)) {
            adapter.setWebBindingInitializer(new GuardedBindingInitializer(adapter.getWebBindingInitializer()));
        }
    }
}
