package com.broadleafloyalty.throttle.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleSubjectTest {

    @Test
    void shouldNormaliseSubjectsAndKeepThemShort() {
        assertThat(ThrottleSubject.account("  Ana@Example.COM ").key(ThrottleKind.LOGIN))
                .isEqualTo("LOGIN|account:ana@example.com");
        assertThat(ThrottleSubject.account(" ")).isNull();
        assertThat(ThrottleSubject.address(null)).isNull();
        StringBuilder longName = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            longName.append('x');
        }
        assertThat(ThrottleSubject.account(longName.toString()).value())
                .hasSize("account:".length() + ThrottleSubject.MAX_LENGTH);
    }
}
