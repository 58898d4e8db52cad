package com.broadleafloyalty.admin.security;

import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf 3.1's admin page {@code GET /resetPassword} reads {@code param.messageCode[0]} when the request has no
 * {@code messageCode}, and answers 500 to anyone who opens it without one (its own link always carries it). Map it to
 * {@code /resetPassword} in the admin's web.xml: a request without the parameter then sees it empty.
 */
public class ResetPasswordPageFilter extends OncePerRequestFilter {

    static final String MESSAGE_CODE = "messageCode";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && request.getParameter(MESSAGE_CODE) == null) {
            chain.doFilter(new WithEmptyMessageCode(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class WithEmptyMessageCode extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithEmptyMessageCode(HttpServletRequest request) {
            super(request);
            Map<String, String[]> all = new HashMap<String, String[]>(request.getParameterMap());
            all.put(MESSAGE_CODE, new String[] {""});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
