package com.broadleafloyalty.support.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Spring Security's firewall refuses some URLs (an encoded slash such as {@code /confirmation/a%2Fb}, a path with
 * {@code ..}) by throwing, which ends in an HTTP 500 with a stack trace. A refused URL is the client's mistake: this
 * filter, declared just before {@code springSecurityFilterChain}, answers it with 400 Bad Request instead.
 */
public class RejectedRequestFilter extends OncePerRequestFilter {

    private static final Log LOG = LogFactory.getLog(RejectedRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RequestRejectedException e) {
            LOG.info("Refused the URL " + request.getRequestURI() + ": " + e.getMessage());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }
}
