package com.broadleafloyalty.support.web;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The address a request came from: the connection's, unless the connection is a listed trusted proxy; then the
 * {@code X-Forwarded-For} list is read from the right, skipping trusted proxies, and the first other address is the
 * client. An untrusted sender's header is ignored, so a guesser cannot rotate a header to escape the per-address count.
 */
public final class ClientAddresses {

    private final Set<String> trustedProxies;

    /** {@code trustedProxies}: addresses separated by commas or spaces (empty: trust no header). */
    public ClientAddresses(String trustedProxies) {
        Set<String> trusted = new LinkedHashSet<String>();
        if (trustedProxies != null) {
            for (String address : trustedProxies.split("[,\\s]+")) {
                if (!address.trim().isEmpty()) {
                    trusted.add(address.trim());
                }
            }
        }
        this.trustedProxies = Collections.unmodifiableSet(trusted);
    }

    public String clientOf(String remoteAddress, String forwardedFor) {
        if (remoteAddress == null || !trustedProxies.contains(remoteAddress.trim()) || forwardedFor == null) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    public Set<String> getTrustedProxies() {
        return trustedProxies;
    }
}
