package com.broadleafloyalty.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.net.URL;
import java.net.URLClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-loader hole of Spring 3.2's data binding on this JDK (CVE-2022-22965), and the guard that closes it. The
 * bound object's class comes from a throwaway class loader, so the unguarded binder changes only that loader.
 */
class BinderGuardTest {

    /** Switched off through {@code class.module.classLoader.defaultAssertionStatus} when binding reaches the loader. */
    private static final String REACH_THE_LOADER = "class.module.classLoader.defaultAssertionStatus";

    @Test
    void shouldLetAnUnguardedBinderReachTheClassLoader() throws Exception {
        Object form = formFromThrowawayLoader();
        ClassLoader loader = form.getClass().getClassLoader();
        loader.setDefaultAssertionStatus(true);

        WebDataBinder binder = new WebDataBinder(form);
        binder.bind(parameters(REACH_THE_LOADER, "false"));

        assertThat(loader.loadClass(Form.class.getName()).desiredAssertionStatus()).isFalse();
    }

    @Test
    void shouldKeepClassPathsAwayFromTheBinderAndBindTheRest() throws Exception {
        Object form = formFromThrowawayLoader();
        ClassLoader loader = form.getClass().getClassLoader();
        loader.setDefaultAssertionStatus(true);

        WebDataBinder binder = new WebDataBinder(form);
        new GuardedBindingInitializer(null).initBinder(binder, null);
        binder.bind(parameters(REACH_THE_LOADER, "false", "Class.module.classLoader.defaultAssertionStatus", "false",
                "nested.class.module.classLoader.defaultAssertionStatus", "false", "name", "Ann"));

        assertThat(loader.loadClass(Form.class.getName()).desiredAssertionStatus()).isTrue();
        assertThat(form.getClass().getMethod("getName").invoke(form)).isEqualTo("Ann");
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
    }

    @Test
    void shouldKeepTheFieldsTheAdapterAlreadyDisallowed() {
        ConfigurableWebBindingInitializer site = new ConfigurableWebBindingInitializer();
        site.setDirectFieldAccess(false);
        WebDataBinder binder = new WebDataBinder(new Form());
        binder.setDisallowedFields("password");

        new GuardedBindingInitializer(site).initBinder(binder, null);

        assertThat(binder.getDisallowedFields()).contains("password", "class.*", "Class.*", "*.class.*", "*.Class.*");
    }

    @Test
    void shouldGuardTheHandlerAdaptersOfAChildContextWhenItStarts() {
        GenericApplicationContext root = new GenericApplicationContext();
        root.registerBeanDefinition("guard",
                new org.springframework.beans.factory.support.RootBeanDefinition(BinderGuard.class));
        root.refresh();
        GenericApplicationContext dispatcher = new GenericApplicationContext(root);
        dispatcher.registerBeanDefinition("adapter",
                new org.springframework.beans.factory.support.RootBeanDefinition(RequestMappingHandlerAdapter.class));
        dispatcher.refresh();

        RequestMappingHandlerAdapter adapter = dispatcher.getBean(RequestMappingHandlerAdapter.class);
        assertThat(adapter.getWebBindingInitializer()).isInstanceOf(GuardedBindingInitializer.class);
        dispatcher.close();
        root.close();
    }

    private static MutablePropertyValues parameters(String... namesAndValues) {
        MutablePropertyValues values = new MutablePropertyValues();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** A {@link Form} whose class is defined by a new loader that reads the test classes itself. */
    private static Object formFromThrowawayLoader() throws Exception {
        URL classes = Form.class.getProtectionDomain().getCodeSource().getLocation();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes}, Object.class.getClassLoader());
        return loader.loadClass(Form.class.getName()).getDeclaredConstructor().newInstance();
    }

    public static class Form {
        private String name;
        private Form nested;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Form getNested() {
            return nested;
        }

        public void setNested(Form nested) {
            this.nested = nested;
        }
    }
}
