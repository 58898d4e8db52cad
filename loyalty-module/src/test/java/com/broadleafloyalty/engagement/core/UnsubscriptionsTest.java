package com.broadleafloyalty.engagement.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscriptionsTest {

    @Test
    void shouldStoreAndReadTheCategories() {
        Unsubscriptions some = Unsubscriptions.none().with(MailCategory.DIGEST).with(MailCategory.WELCOME);

        assertThat(some.format()).isEqualTo("WELCOME,DIGEST");
        assertThat(Unsubscriptions.parse(some.format()).categories())
                .containsExactly(MailCategory.WELCOME, MailCategory.DIGEST);
        assertThat(some.contains(MailCategory.ABANDONED_CART)).isFalse();
    }

    @Test
    void shouldIgnoreUnknownOrBlankNames() {
        Unsubscriptions parsed = Unsubscriptions.parse(" digest , GONE,,");

        assertThat(parsed.categories()).containsExactly(MailCategory.DIGEST);
        assertThat(Unsubscriptions.parse(null).categories()).isEmpty();
        assertThat(Unsubscriptions.none().format()).isNull();
    }

    @Test
    void shouldResubscribe() {
        Unsubscriptions back = Unsubscriptions.parse("WELCOME,DIGEST").without(MailCategory.WELCOME);

        assertThat(back.format()).isEqualTo("DIGEST");
        assertThat(back.without(MailCategory.DIGEST).format()).isNull();
    }
}
