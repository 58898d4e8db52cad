package com.broadleafloyalty.admin.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

class ReturnQuantitiesTest {

    @Test
    void shouldReadTheFilledInLinesAndSkipEmptyAndZeroOnes() {
        Map<String, String> form = form("quantity-11", "2", "quantity-12", "", "quantity-13", "0", "returnReference", "RMA-7");

        assertThat(ReturnQuantities.parse(form)).containsExactly(entry(11L, 2));
    }

    @Test
    void shouldRefuseTextAndAnEmptyReturnInASentence() {
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", "two")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'two' is not a whole number of items to return.");
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Enter the quantity returned of at least one order line.");
    }

    @Test
    void shouldReadOnlyAsciiDigitsAndTakeAnyNumberOfZerosAsNotReturned() {
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", "\uff11")))
                .hasMessage("'\uff11' is not a whole number of items to return.");
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", "\u0661")))
                .hasMessage("'\u0661' is not a whole number of items to return.");
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", "2147483648")))
                .hasMessage("'2147483648' is not a whole number of items to return.");
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-\uff11", "1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReturnQuantities.parse(form("quantity-11", "00")))
                .hasMessage("Enter the quantity returned of at least one order line.");
    }

    @Test
    void shouldLeaveNegativeQuantitiesToTheReturnService() {
        assertThat(ReturnQuantities.parse(form("quantity-11", "-1"))).containsExactly(entry(11L, -1));
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
