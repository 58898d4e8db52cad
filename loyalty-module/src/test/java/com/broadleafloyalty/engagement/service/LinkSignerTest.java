package com.broadleafloyalty.engagement.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSignerTest {

    private final LinkSigner signer = new LinkSigner("test-secret");

    @Test
    void shouldVerifyItsOwnSignatureOnly() {
        String signature = signer.sign(LinkSigner.click(5L, "https://shop.example/cart"));

        assertThat(signer.verify(LinkSigner.click(5L, "https://shop.example/cart"), signature)).isTrue();
        assertThat(signer.verify(LinkSigner.click(5L, "https://evil.example/"), signature)).isFalse();
        assertThat(signer.verify(LinkSigner.click(6L, "https://shop.example/cart"), signature)).isFalse();
        assertThat(signer.verify(LinkSigner.open(5L), signature)).isFalse();
        assertThat(signer.verify(LinkSigner.open(5L), null)).isFalse();
    }

    @Test
    void shouldDependOnTheSecret() {
        String payload = LinkSigner.unsubscribe(9L);

        assertThat(new LinkSigner("another").verify(payload, signer.sign(payload))).isFalse();
        assertThat(new LinkSigner("test-secret").verify(payload, signer.sign(payload))).isTrue();
    }

    @Test
    void shouldBuildLinksThatCarryTheMailAndASignature() {
        MailLinks links = new MailLinks("https://shop.example", 12L, signer);

        assertThat(links.getOpenPixel()).isEqualTo("https://shop.example/loyalty/mail/open?m=12&s="
                + signer.sign(LinkSigner.open(12L)));
        assertThat(links.click("/cart")).startsWith("https://shop.example/loyalty/mail/click?m=12&u="
                + "https%3A%2F%2Fshop.example%2Fcart&s=");
    }
}
