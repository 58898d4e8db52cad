package com.broadleafloyalty.support.i18n;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.broadleafloyalty.test.Messages;
import org.broadleafcommerce.common.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's message source with ICU formats, merged the Broadleaf way. */
class IcuMessageSourceTest {

    private static final Locale ROMANIAN = new Locale("ro", "RO");

    @Test
    void shouldLetALaterBundleOverrideAKeyInEveryLanguage() {
        IcuMessageSource source = Messages.source("classpath:/messages/LoyaltyMessages",
                "classpath:/i18n/MerchantMessages");

        assertThat(source.getMessage("loyalty.tier.title", null, Locale.US)).isEqualTo("Club level");
        assertThat(source.getMessage("loyalty.tier.title", null, ROMANIAN)).isEqualTo("Nivelul din club");
        assertThat(source.getMessage("loyalty.account.title", null, ROMANIAN)).isEqualTo("Fidelitatea mea");
    }

    @Test
    void shouldFallBackToEnglishNeverToTheServersLanguage() {
        Locale serverDefault = Locale.getDefault();
        Locale.setDefault(ROMANIAN);
        try {
            IcuMessageSource source = Messages.source("classpath:/messages/LoyaltyMessages",
                    "classpath:/i18n/MerchantMessages");
            assertThat(source.getMessage("merchant.only.english", null, new Locale("pl", "PL")))
                    .isEqualTo("Only in English");
            assertThat(source.getMessage("loyalty.tier.title", null, Locale.GERMANY)).isEqualTo("Club level");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void shouldResolveNestedTextsAndFormatMoneyArguments() {
        IcuMessageSource source = Messages.source("classpath:/messages/LoyaltyMessages");
        Object[] nested = {"ZZZZ2222", LoyaltyText.of("loyalty.referral.refused.UNKNOWN_CODE")};

        assertThat(source.getMessage("loyalty.registration.referralNotAccepted", nested, ROMANIAN))
                .isEqualTo("Codul de recomandare ZZZZ2222 nu a fost acceptat: Acest cod de recomandare nu există.");
        assertThat(source.getMessage("loyalty.redeem.rate",
                new Object[] {100L, new MoneyAmount(new BigDecimal("10.00"), "RON")}, ROMANIAN))
                .isEqualTo("100 de puncte = 10,00\u00a0lei");
        assertThat(source.getMessage("loyalty.redeem.rate",
                new Object[] {1L, new Money(new BigDecimal("0.10"), "USD")}, Locale.US))
                .isEqualTo("1 point = $0.10");
    }

    @Test
    void shouldLeaveAMessageWithoutArgumentsAsWritten() {
        IcuMessageSource source = Messages.source("classpath:/i18n/MerchantMessages");

        assertThat(source.getMessage("merchant.apostrophes", null, Locale.US)).isEqualTo("It's {not} an argument");
    }
}
