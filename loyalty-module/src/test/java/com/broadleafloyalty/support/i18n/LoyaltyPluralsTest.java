package com.broadleafloyalty.support.i18n;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "1 point, 2 points" in each language, by ICU's plural rules and the module's own bundles. */
class LoyaltyPluralsTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(value = {
        "en_US;1;1 point",
        "en_US;2;2 points",
        "en_US;5;5 points",
        "en_US;20;20 points",
        "en_US;22;22 points",
        "en_US;112;112 points",
        "ro_RO;1;1 punct",
        "ro_RO;2;2 puncte",
        "ro_RO;5;5 puncte",
        "ro_RO;20;20 de puncte",
        "ro_RO;22;22 de puncte",
        "ro_RO;112;112 puncte",
        "pl_PL;1;1 punkt",
        "pl_PL;2;2 punkty",
        "pl_PL;5;5 punktów",
        "pl_PL;20;20 punktów",
        "pl_PL;22;22 punkty",
        "pl_PL;112;112 punktów",
        "es_ES;1;1 punto",
        "es_ES;2;2 puntos",
        "es_ES;5;5 puntos",
        "es_ES;20;20 puntos",
        "es_ES;22;22 puntos",
        "es_ES;112;112 puntos"
    }, delimiter = ';')
    void shouldCountPointsInEachLanguage(String locale, long points, String expected) {
        assertThat(Messages.in(locale(locale), LoyaltyText.of("loyalty.points", points)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(value = {
        "en_US;You will earn 1 point with this order.",
        "ro_RO;Vei primi 1 punct pentru această comandă.",
        "pl_PL;Otrzymasz 1 punkt za to zamówienie.",
        "es_ES;Ganarás 1 punto con este pedido."
    }, delimiter = ';')
    void shouldMakeTheCartSentenceAgreeWithOnePoint(String locale, String expected) {
        Locale language = locale(locale);
        assertThat(Messages.in(language, LoyaltyText.of("loyalty.cart.willEarn"))
                + " 1 " + Messages.in(language,
                        LoyaltyText.of("loyalty.cart.willEarnUnit", 1L)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(value = {
        "en_US;Sign in or register to earn 8 points with this order.",
        "ro_RO;Autentifică-te sau creează-ți un cont ca să primești 8 puncte pentru această comandă.",
        "pl_PL;Zaloguj się lub zarejestruj, aby otrzymać 8 punktów za to zamówienie.",
        "es_ES;Inicia sesión o regístrate para ganar 8 puntos con este pedido."
    }, delimiter = ';')
    void shouldInviteAGuestToSignIn(String locale, String expected) {
        assertThat(Messages.in(locale(locale),
                LoyaltyText.of("loyalty.cart.guestWillEarn", 8L)))
                .isEqualTo(expected);
    }

    private static Locale locale(String code) {
        String[] parts = code.split("_");
        return new Locale(parts[0], parts[1]);
    }
}
