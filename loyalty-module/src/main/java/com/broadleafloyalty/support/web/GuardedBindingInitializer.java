package com.broadleafloyalty.support.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.WebRequest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs the initializer a handler adapter had, then adds the class-loader paths to the binder's disallowed fields
 * (keeping any the initializer set). A controller's own {@code @InitBinder} runs after this one: one that calls
 * {@code setDisallowedFields} must include {@link #DISALLOWED_FIELDS}.
 */
public class GuardedBindingInitializer implements WebBindingInitializer {

    /** Every path through {@code getClass()}: Spring 3.2 also matches the capitalized property name. */
    public static final String[] DISALLOWED_FIELDS = {"class.*", "Class.*", "*.class.*", "*.Class.*"};

    private final WebBindingInitializer delegate;

    public GuardedBindingInitializer(WebBindingInitializer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void initBinder(WebDataBinder binder, WebRequest request) {
        if (delegate != null) {
            delegate.initBinder(binder, request);
        }
        Set<String> disallowed = new LinkedHashSet<String>();
        if (binder.getDisallowedFields() != null) {
            disallowed.addAll(Arrays.asList(binder.getDisallowedFields()));
        }
        disallowed.addAll(Arrays.asList(DISALLOWED_FIELDS));
        binder.setDisallowedFields(disallowed.toArray(new String[disallowed.size()]));
    }

    public WebBindingInitializer getDelegate() {
        return delegate;
    }
}
