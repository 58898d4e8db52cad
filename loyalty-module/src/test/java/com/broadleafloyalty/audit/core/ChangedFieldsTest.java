package com.broadleafloyalty.audit.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFieldsTest {

    @Test
    void shouldWriteFieldsAsKeyValuePairsInTheirOrder() {
        assertThat(ChangedFields.none().with("balance", 100).with("reason", null).with("name", "Gold").describe())
                .isEqualTo("balance=100; reason=; name=Gold");
    }

    @Test
    void shouldEscapeSeparatorsAndLineBreaksSoTheTextReadsBackUnambiguously() {
        assertThat(ChangedFields.none().with("reason", "a; b=c\nd\\e").describe())
                .isEqualTo("reason=a\\; b=c\\nd\\\\e");
    }

    @Test
    void shouldCutATextLongerThanTheColumn() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            longText.append('x');
        }
        String text = ChangedFields.none().with("comment", longText).describe();
        assertThat(text).hasSize(ChangedFields.MAX_LENGTH).startsWith("comment=xxx").endsWith("x\u2026");
    }

    @Test
    void shouldKeepOnlyTheFieldsThatChanged() {
        ChangedFields before = ChangedFields.none().with("name", "Gold").with("multiplier", "1.5");
        ChangedFields after = ChangedFields.none().with("name", "Gold").with("multiplier", "2").with("limit", 3);

        ChangedFields changed = ChangedFields.changedIn(before, after);

        assertThat(changed.describe()).isEqualTo("multiplier=2; limit=3");
        assertThat(before.only(changed).describe()).isEqualTo("multiplier=1.5; limit=");
    }
}
