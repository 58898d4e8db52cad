package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingConflictException;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admin adjustments: each one written for its own customer, whatever the clock; a foreign source refused. */
class PointsAdjustmentIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final PointsAdjustmentService adjustments = LoyaltyTestContext.bean("blLoyaltyPointsAdjustmentService",
            PointsAdjustmentService.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);

    @AfterEach
    void restoreClock() {
        SystemTime.reset();
    }

    @Test
    void shouldWriteEveryAdjustmentForItsOwnCustomerEvenAtOneInstant() {
        // The clock stands still: adjustments made in the same millisecond must still all be written.
        SystemTime.setGlobalTimeSource(new FixedTimeSource(SystemTime.asMillis()));
        Set<Long> sources = new HashSet<Long>();
        for (int i = 1; i <= 200; i++) {
            Customer customer = shop.registeredCustomer();
            PointsLedgerEntry entry = adjustments.adjust(customer.getId(), String.valueOf(i), "Goodwill", "admin");
            assertThat(entry.getCustomerId()).isEqualTo(customer.getId());
            assertThat(entry.getPoints()).isEqualTo(i);
            assertThat(ledger.balance(customer.getId())).isEqualTo(i);
            sources.add(entry.getSourceId());
        }
        assertThat(sources).hasSize(200);
    }

    @Test
    void shouldRefuseASourceAlreadyRecordedForAnotherCustomer() {
        Customer first = shop.registeredCustomer();
        Customer second = shop.registeredCustomer();
        PointsLedgerEntry entry = adjustments.adjust(first.getId(), "40", "Goodwill", "admin");
        // The second customer already has an account, so the credit takes the path that checks the source.
        adjustments.adjust(second.getId(), "5", "Goodwill", "admin");

        Posting replayed = Posting.of(second.getId(), PointsEntryType.ADJUST, 40, PointsLedgerEntry.SOURCE_ADMIN,
                entry.getSourceId()).reason("Goodwill").actor("admin");
        assertThatThrownBy(() -> ledger.credit(replayed)).isInstanceOf(PostingConflictException.class);
        assertThatThrownBy(() -> ledger.debit(replayed)).isInstanceOf(PostingConflictException.class);

        Customer withoutAccount = shop.registeredCustomer();
        Posting onNewAccount = Posting.of(withoutAccount.getId(), PointsEntryType.ADJUST, 40,
                PointsLedgerEntry.SOURCE_ADMIN, entry.getSourceId()).reason("Goodwill").actor("admin");
        assertThatThrownBy(() -> ledger.credit(onNewAccount)).isInstanceOf(PostingConflictException.class);

        assertThat(ledger.balance(first.getId())).isEqualTo(40);
        assertThat(ledger.balance(second.getId())).isEqualTo(5);
        assertThat(ledger.balance(withoutAccount.getId())).isZero();
    }
}
