package com.broadleafloyalty.account.core;

import com.broadleafloyalty.account.core.ReferralRules.Party;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralRulesTest {

    private final ReferralRules rules = new ReferralRules();
    private final Party referrer = new Party(1L, "Ann@Example.com");
    private final Party newcomer = new Party(2L, "bob@example.com");

    @Test
    void shouldAcceptANewCustomerReferredBySomeoneElse() {
        assertThat(rules.checkCapture(newcomer, referrer, false, false)).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownCode() {
        assertThat(rules.checkCapture(newcomer, null, false, false)).contains(ReferralRefusal.UNKNOWN_CODE);
    }

    @Test
    void shouldRefuseTheCustomersOwnCode() {
        assertThat(rules.checkCapture(referrer, referrer, false, false)).contains(ReferralRefusal.SELF_REFERRAL_ACCOUNT);
    }

    @Test
    void shouldRefuseAnotherAccountWithTheSameEmailWhateverItsCase() {
        Party twin = new Party(3L, "  ann@EXAMPLE.com ");

        assertThat(rules.checkCapture(twin, referrer, false, false)).contains(ReferralRefusal.SELF_REFERRAL_EMAIL);
    }

    @Test
    void shouldNotTreatMissingEmailsAsTheSame() {
        assertThat(rules.checkCapture(new Party(4L, null), new Party(5L, null), false, false)).isEmpty();
    }

    @Test
    void shouldRefuseACustomerWhoHasAlreadyOrdered() {
        assertThat(rules.checkCapture(newcomer, referrer, true, false)).contains(ReferralRefusal.ALREADY_ORDERED);
    }

    @Test
    void shouldRefuseASecondReferralBeforeAnyOtherCheck() {
        assertThat(rules.checkCapture(newcomer, null, true, true)).contains(ReferralRefusal.ALREADY_REFERRED);
    }

    @Test
    void shouldRefuseTheRewardWhenTheFirstOrderShipsToAnAddressOfTheReferrer() {
        ShippingAddress referee = new ShippingAddress("12, Main St.", "AB1 2CD", "Springfield", "US");
        ShippingAddress same = new ShippingAddress("12 main st", "ab12cd", "SPRINGFIELD", "us");
        ShippingAddress other = new ShippingAddress("14 Main St", "AB1 2CD", "Springfield", "US");

        assertThat(rules.checkReward(referee, Arrays.asList(other, same))).contains(ReferralRefusal.SELF_REFERRAL_ADDRESS);
        assertThat(rules.checkReward(referee, Collections.singletonList(other))).isEmpty();
    }

    @Test
    void shouldIgnoreAccentsAndAMissingCountry() {
        ShippingAddress referee = new ShippingAddress("3 Rue de l'Église", "75001", "Paris", null);
        ShippingAddress referrers = new ShippingAddress("3 rue de l eglise", "75001", "PARIS", "FR");

        assertThat(rules.checkReward(referee, Collections.singletonList(referrers)))
                .contains(ReferralRefusal.SELF_REFERRAL_ADDRESS);
    }

    @Test
    void shouldNeverMatchAddressesThatIdentifyNothing() {
        ShippingAddress empty = new ShippingAddress(" ", null, null, "US");

        assertThat(rules.checkReward(empty, Collections.singletonList(empty))).isEmpty();
        assertThat(rules.checkReward(null, Collections.singletonList(empty))).isEmpty();
    }

    @Test
    void shouldGiveEveryRefusalASentence() {
        for (ReferralRefusal refusal : ReferralRefusal.values()) {
            for (java.util.Locale locale : java.util.Arrays.asList(Messages.ENGLISH, Messages.ROMANIAN, Messages.POLISH,
                    Messages.SPANISH)) {
                assertThat(Messages.in(locale, LoyaltyText.of(refusal.messageKey()))).as(refusal + " " + locale)
                        .endsWith(".").hasSizeGreaterThan(20);
            }
        }
    }
}
