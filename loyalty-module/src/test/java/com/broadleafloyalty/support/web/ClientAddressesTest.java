package com.broadleafloyalty.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void shouldIgnoreForwardedForWhenNoProxyIsTrusted() {
        assertThat(new ClientAddresses("").clientOf("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void shouldIgnoreForwardedForFromAnUntrustedSender() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.1");

        assertThat(addresses.clientOf("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void shouldTakeTheRightmostUntrustedHopBehindTrustedProxies() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.1, 10.0.0.2");

        // The client may put anything at the left of the list; only what the trusted proxies appended counts.
        assertThat(addresses.clientOf("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2")).isEqualTo("198.51.100.1");
        assertThat(addresses.clientOf("10.0.0.1", null)).isEqualTo("10.0.0.1");
        assertThat(addresses.clientOf("10.0.0.1", " , 10.0.0.2")).isEqualTo("10.0.0.1");
    }
}
