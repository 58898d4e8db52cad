package com.broadleafloyalty.support.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.servlet.http.HttpServletRequest;

/**
 * The client address of a request: {@code getRemoteAddr()}, or the {@code X-Forwarded-For} client when the request
 * came through a proxy listed in {@code loyalty.throttle.trusted.proxies}.
 */
public class ClientAddressResolver {

    private ClientAddresses addresses = new ClientAddresses("");

    public String addressOf(HttpServletRequest request) {
        return addresses.clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The address of the request this thread serves, or null outside a request. */
    public String currentAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : addressOf(request);
    }

    static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes
                ? ((ServletRequestAttributes) attributes).getRequest() : null;
    }

    public void setTrustedProxies(String trustedProxies) {
        this.addresses = new ClientAddresses(trustedProxies);
    }
}
