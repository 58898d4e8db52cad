package com.broadleafloyalty.demo.replay;

/**
 * A week of a small shop with every kind of line the real file has: three customers, a guest, fees, a zero price,
 * a repeated line, a product sold at two prices, a bad-debt adjustment, partial and full cancellations, and a
 * cancellation of something sold before the history starts.
 */
final class SmallHistory {

    static final String ALICE = "12001";
    static final String BOB = "12002";
    static final String CAROL = "12003";

    private SmallHistory() {
    }

    static RetailHistoryFixture fixture() {
        return new RetailHistoryFixture()
                // Alice: 10 x 12.50 + 6 x 3.99 = 148.94 (postage is a fee; the repeated line is counted once).
                .line("500001", "10001", 10, "2011-01-03 10:00", "12.50", ALICE)
                .line("500001", "10002", 6, "2011-01-03 10:00", "3.99", ALICE)
                .repeatLastLine()
                .line("500001", "POST", 1, "2011-01-03 10:00", "18.00", ALICE)
                // Bob: 3 x 45.00 + 12 x 0.85 = 145.20 (the free sample adds nothing).
                .line("500002", "10003", 3, "2011-01-03 11:00", "45.00", BOB)
                .line("500002", "10004", 12, "2011-01-03 11:00", "0.85", BOB)
                .line("500002", "10005", 1, "2011-01-03 11:00", "0.00", BOB)
                // A guest: no account, not replayed.
                .line("500003", "10001", 5, "2011-01-04 09:00", "12.50", "")
                // Alice again: 1 x 45.00 + 4 x 12.50 = 95.00.
                .line("500004", "10003", 1, "2011-01-05 12:00", "45.00", ALICE)
                .line("500004", "10001", 4, "2011-01-05 12:00", "12.50", ALICE)
                // Alice sends back 6 x 10001: the 4 of her newest order (500004), then 2 of 500001.
                .line("C500005", "10001", -6, "2011-01-06 10:00", "12.50", ALICE)
                // Bob cancels something bought before the history starts: nothing to return.
                .line("C500006", "99999", -2, "2011-01-06 11:00", "5.00", BOB)
                .line("A500007", "B", 1, "2011-01-06 12:00", "-250.00", "")
                // Carol: 20 + 10 x 3.99 (one item) + 5 x 4.25 (same product at a new price) = 140.95.
                .line("500008", "10002", 20, "2011-01-07 09:30", "3.99", CAROL)
                .line("500008", "10002", 10, "2011-01-07 09:30", "3.99", CAROL)
                .line("500008", "10002", 5, "2011-01-07 09:30", "4.25", CAROL)
                // Carol: 100 x 0.85 = 85.00, then returned in full the same day.
                .line("500009", "10004", 100, "2011-01-08 14:00", "0.85", CAROL)
                .line("C500010", "10004", -100, "2011-01-08 16:45", "0.85", CAROL);
    }
}
