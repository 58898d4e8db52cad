package com.broadleafloyalty.admin.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.i18n.IcuMessageSource;
import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

class ReturnQuantitiesTest {

    private static final IcuMessageSource TEXTS = Messages.source("classpath:/messages/LoyaltyMessages",
            "classpath:/messages/LoyaltyAdminMessages");

    @Test
    void shouldReadTheFilledInLinesAndSkipEmptyAndZeroOnes() {
        Map<String, String> form = form("quantity-11", "2", "quantity-12", "", "quantity-13", "0", "returnReference", "RMA-7");

        assertThat(ReturnQuantities.parse(form)).containsExactly(entry(11L, 2));
    }

    @Test
    void shouldRefuseTextAndAnEmptyReturnInASentence() {
        assertThat(refusal(form("quantity-11", "two"), Messages.ENGLISH))
                .isEqualTo("\"two\" is not a whole number of items to return.");
        assertThat(refusal(form("quantity-11", "two"), Messages.ROMANIAN))
                .isEqualTo("\u201etwo\u201d nu este un num\u0103r \u00eentreg de buc\u0103\u021bi returnate.");
        assertThat(refusal(form("quantity-11", " "), Messages.ENGLISH))
                .isEqualTo("Enter the quantity returned of at least one order line.");
    }

    @Test
    void shouldReadOnlyAsciiDigitsAndTakeAnyNumberOfZerosAsNotReturned() {
        assertThat(refusal(form("quantity-11", "\uff11"), Messages.ENGLISH))
                .isEqualTo("\"\uff11\" is not a whole number of items to return.");
        assertThat(refusal(form("quantity-11", "\u0661"), Messages.ENGLISH))
                .isEqualTo("\"\u0661\" is not a whole number of items to return.");
        assertThat(refusal(form("quantity-11", "2147483648"), Messages.ENGLISH))
                .isEqualTo("\"2147483648\" is not a whole number of items to return.");
        assertThat(Messages.refusal(() -> ReturnQuantities.parse(form("quantity-\uff11", "1")), LoyaltyRefusal.class)
                .getMessageKey()).isEqualTo("loyalty.return.notALine");
        assertThat(refusal(form("quantity-11", "00"), Messages.ENGLISH))
                .isEqualTo("Enter the quantity returned of at least one order line.");
    }

    @Test
    void shouldLeaveNegativeQuantitiesToTheReturnService() {
        assertThat(ReturnQuantities.parse(form("quantity-11", "-1"))).containsExactly(entry(11L, -1));
    }

    /** The admin reads the module's and its own bundles, the admin's winning. */
    private static String refusal(Map<String, String> form, Locale locale) {
        LoyaltyRefusal refusal = Messages.refusal(() -> ReturnQuantities.parse(form), LoyaltyRefusal.class);
        return TEXTS.getMessage(refusal.getMessageKey(), refusal.getArguments(), locale);
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
