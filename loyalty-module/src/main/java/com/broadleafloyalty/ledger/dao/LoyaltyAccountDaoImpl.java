package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.BatchDebit;
import com.broadleafloyalty.ledger.domain.BatchDebitImpl;
import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.EarnedBatchImpl;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.domain.LoyaltyAccountImpl;
import com.broadleafloyalty.ledger.service.OrderTally;
import com.broadleafloyalty.support.persistence.DirectStatement;
import org.broadleafcommerce.common.time.SystemTime;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

/**
 * The ledger's own queries run with {@link FlushModeType#COMMIT}: with AUTO, every query first dirty-checks the whole
 * persistence context (at checkout, the entire order graph) although no pending change of it touches these tables.
 * What the ledger wrote earlier in the same transaction is flushed by {@code PointsLedgerImpl} before its next
 * posting; an account already loaded in this persistence context is locked with AUTO flush and refreshed.
 */
public class LoyaltyAccountDaoImpl implements LoyaltyAccountDao {

    private static final String BATCH = EarnedBatchImpl.class.getName();
    private static final String ACCOUNT = LoyaltyAccountImpl.class.getName();

    /**
     * The order tally part of an account UPDATE: one more order, its spend, first and last order date. Two orders of
     * one customer completing at once (two nodes) may commit in either order, so the dates move only outwards: an
     * older order never becomes the last one, a newer never the first (which once gave a tally whose last order was
     * before its first, and stopped the segments' run). Its parameters are bound by {@link #bindTally}.
     */
    private static final String TALLY = ", ORDER_COUNT = ORDER_COUNT + 1, ORDER_SPEND = ORDER_SPEND + ?,"
            + " FIRST_ORDER_DATE = CASE WHEN FIRST_ORDER_DATE IS NULL OR FIRST_ORDER_DATE > CAST(? AS TIMESTAMP)"
            + " THEN CAST(? AS TIMESTAMP) ELSE FIRST_ORDER_DATE END,"
            + " LAST_ORDER_DATE = CASE WHEN LAST_ORDER_DATE IS NULL OR LAST_ORDER_DATE < CAST(? AS TIMESTAMP)"
            + " THEN CAST(? AS TIMESTAMP) ELSE LAST_ORDER_DATE END, LAST_ORDER_ID = ?";

    /** How often {@link #TALLY} binds the order's date; the INSERT binds it once for each of its two date columns. */
    private static final int TALLY_DATES = 4;
    private static final int INSERT_DATES = 2;

    /** An account's credit: its optional {@link #TALLY}, then {@link #DEBT_FREE}. */
    private static final String CREDIT = "UPDATE LOY_ACCOUNT SET VERSION_NUM = VERSION_NUM + 1, BALANCE = BALANCE + ?";

    /** Which account a credit applies to: the customer's, when it owes no debt (a debt is paid first). */
    private static final String DEBT_FREE = " WHERE CUSTOMER_ID = ? AND DEBT = 0";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public LoyaltyAccount readAccount(Long customerId) {
        List<LoyaltyAccount> found = em.createQuery("SELECT a FROM " + LoyaltyAccountImpl.class.getName()
                + " a WHERE a.customerId = :customerId", LoyaltyAccount.class)
                .setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LoyaltyAccount readAccountForUpdate(Long customerId) {
        // Lock by writing: an UPDATE takes the row lock, waits for other writers and always applies to the latest
        // committed row, on PostgreSQL and on H2 alike (H2 1.4's SELECT ... FOR UPDATE can hand a waiter a stale
        // snapshot whose later UPDATE then fails with "concurrent update").
        LoyaltyAccount loaded = loadedAccount(customerId);
        javax.persistence.Query lock = em.createQuery("UPDATE " + ACCOUNT
                + " a SET a.version = a.version + 1 WHERE a.customerId = :customerId")
                .setParameter("customerId", customerId);
        if (loaded == null) {
            // Nothing of this account waits to be written: no need to flush the persistence context first.
            lock.setFlushMode(FlushModeType.COMMIT);
        }
        if (lock.executeUpdate() == 0) {
            return null;
        }
        if (loaded != null) {
            // The bulk update bypassed this persistence context (and AUTO flushed its pending changes first): read
            // what the lock now protects, with the new version.
            em.refresh(loaded);
            return loaded;
        }
        // Not loaded before: this read returns the row as the lock left it.
        List<LoyaltyAccount> found = em.createQuery("SELECT a FROM " + ACCOUNT + " a WHERE a.customerId = :customerId",
                LoyaltyAccount.class).setParameter("customerId", customerId).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public boolean creditIfDebtFree(Long customerId, long points, String sourceType, Long sourceId,
            PointsEntryType entryType, CompletedOrder order) {
        if (loadedAccount(customerId) != null) {
            // Its entity would overwrite the change (and fail on the version): take the general path.
            return false;
        }
        // One statement takes the row lock, checks that no entry of this source exists yet, credits the balance and
        // counts the order. The unique key on the entry's source stays the guarantee: when a concurrent posting of
        // the same source committed after this statement's snapshot, the entry insert fails and the whole transaction
        // rolls back. SQL rather than JPQL: it runs at every checkout, and Hibernate's bookkeeping around a bulk
        // query costs more than the statement (see DirectStatement).
        String sql = credit(order) + " AND NOT EXISTS (SELECT 1 FROM LOY_LEDGER_ENTRY e"
                + " WHERE e.SOURCE_TYPE = ? AND e.SOURCE_ID = ? AND e.ENTRY_TYPE = ?)";
        return DirectStatement.executeUpdate(em, sql, statement -> {
            int i = bindCredit(statement, points, order, customerId);
            statement.setString(i++, sourceType);
            statement.setLong(i++, sourceId);
            statement.setString(i, entryType.name());
        }) == 1;
    }

    @Override
    public boolean creditBeforeEntry(Long customerId, long points, CompletedOrder order) {
        if (loadedAccount(customerId) != null) {
            return false;
        }
        // No source subquery: H2 plans it again at every checkout (its statement cache keeps 8 statements and a
        // checkout sends some 70), and the entry's unique key, under the caller's savepoint, refuses a duplicate.
        int credited = DirectStatement.executeUpdate(em, credit(order),
                statement -> bindCredit(statement, points, order, customerId));
        return credited == 1 || insertWithCredit(customerId, points, order);
    }

    @Override
    public boolean createWithCredit(Long customerId, long points, CompletedOrder order) {
        return loadedAccount(customerId) == null && insertWithCredit(customerId, points, order);
    }

    private boolean insertWithCredit(Long customerId, long points, CompletedOrder order) {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        Long id = (Long) session.getFactory().getIdentifierGenerator(ACCOUNT)
                .generate(session, new LoyaltyAccountImpl());
        // JPQL has no INSERT. Every value is cast: PostgreSQL types a SELECT list on its own. A SELECT without FROM (H2
        // and PostgreSQL both take one): H2 plans a derived one-row table as a view, at every first award.
        String sql = "INSERT INTO LOY_ACCOUNT (ACCOUNT_ID, CUSTOMER_ID, BALANCE, DEBT, VERSION_NUM, CREATED_DATE,"
                + " ORDER_COUNT, ORDER_SPEND, FIRST_ORDER_DATE, LAST_ORDER_DATE, LAST_ORDER_ID)"
                + " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), 0, 0, CAST(? AS TIMESTAMP), "
                + (order == null ? "0, 0, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS BIGINT)"
                        : "1, CAST(? AS DECIMAL(19,5)), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), CAST(? AS BIGINT)")
                + " WHERE NOT EXISTS (SELECT 1 FROM LOY_ACCOUNT a WHERE a.CUSTOMER_ID = ?)";
        return DirectStatement.executeUpdate(em, sql, statement -> {
            int i = 1;
            statement.setLong(i++, id);
            statement.setLong(i++, customerId);
            statement.setLong(i++, points);
            statement.setTimestamp(i++, new Timestamp(SystemTime.asMillis()));
            statement.setLong(bindTally(statement, i, order, INSERT_DATES), customerId);
        }) == 1;
    }

    @Override
    public boolean countOrder(Long customerId, CompletedOrder order) {
        LoyaltyAccount loaded = loadedAccount(customerId);
        if (loaded != null) {
            if (order.getOrderId().equals(loaded.getLastOrderId())) {
                return false;
            }
            order.countIn(loaded); // written at the flush
            return true;
        }
        String sql = "UPDATE LOY_ACCOUNT SET VERSION_NUM = VERSION_NUM + 1" + TALLY
                + " WHERE CUSTOMER_ID = ? AND (LAST_ORDER_ID IS NULL OR LAST_ORDER_ID <> ?)";
        int counted = DirectStatement.executeUpdate(em, sql, statement -> {
            int i = bindTally(statement, 1, order, TALLY_DATES);
            statement.setLong(i++, customerId);
            statement.setLong(i, order.getOrderId());
        });
        return counted == 1 || insertWithCredit(customerId, 0, order); // the account is not loaded: checked above
    }

    /** The credit UPDATE of a debt-free account, counting {@code order} when given; bound by {@link #bindCredit}. */
    private static String credit(CompletedOrder order) {
        return CREDIT + (order == null ? "" : TALLY) + DEBT_FREE;
    }

    /** Binds {@link #credit}'s parameters; the next index. */
    private static int bindCredit(PreparedStatement statement, long points, CompletedOrder order, Long customerId)
            throws SQLException {
        statement.setLong(1, points);
        int next = bindTally(statement, 2, order, TALLY_DATES);
        statement.setLong(next, customerId);
        return next + 1;
    }

    /**
     * Binds the order's tally values (spend, placed at {@code dates} times, order id) from {@code index}, in the order of
     * {@link #TALLY} and of the INSERT's tally columns; nothing for a posting without an order. The next index.
     */
    private static int bindTally(PreparedStatement statement, int index, CompletedOrder order, int dates)
            throws SQLException {
        if (order == null) {
            return index;
        }
        Timestamp placedAt = new Timestamp(order.getPlacedAt().getTime());
        int next = index;
        statement.setBigDecimal(next++, order.getAmount());
        for (int i = 0; i < dates; i++) {
            statement.setTimestamp(next++, placedAt);
        }
        statement.setLong(next++, order.getOrderId());
        return next;
    }

    @Override
    public boolean isLoaded(Long customerId) {
        return loadedAccount(customerId) != null;
    }

    /** The customer's account if this persistence context holds it already (no SQL). */
    private LoyaltyAccount loadedAccount(Long customerId) {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        for (Object entity : session.getPersistenceContext().getEntitiesByKey().values()) {
            if (entity instanceof LoyaltyAccountImpl && customerId.equals(((LoyaltyAccount) entity).getCustomerId())) {
                return (LoyaltyAccount) entity;
            }
        }
        return null;
    }

    @Override
    public LoyaltyAccount createAccount(Long customerId) {
        LoyaltyAccount account = new LoyaltyAccountImpl();
        account.setCustomerId(customerId);
        account.setOrderSpend(BigDecimal.ZERO);
        account.setVersion(0);
        account.setCreatedDate(SystemTime.asDate());
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<LoyaltyAccount> readAllAccounts() {
        return em.createQuery("SELECT a FROM " + LoyaltyAccountImpl.class.getName() + " a ORDER BY a.customerId",
                LoyaltyAccount.class).getResultList();
    }

    @Override
    public EarnedBatch newBatch() {
        return new EarnedBatchImpl();
    }

    @Override
    public EarnedBatch saveBatch(EarnedBatch batch) {
        if (!em.contains(batch)) {
            em.persist(batch);
        }
        return batch;
    }

    @Override
    public EarnedBatch readBatch(Long batchId) {
        return em.find(EarnedBatchImpl.class, batchId);
    }

    @Override
    public List<EarnedBatch> readOpenBatches(Long customerId) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.customerId = :customerId AND b.remaining > 0"
                + " ORDER BY b.id", EarnedBatch.class)
                .setParameter("customerId", customerId).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    public EarnedBatch readBatchForEntry(Long ledgerEntryId) {
        return em.find(EarnedBatchImpl.class, ledgerEntryId); // a batch shares its entry's id
    }

    @Override
    public List<EarnedBatch> readDueBatches(Date now, int limit) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.remaining > 0 AND b.expiresAt <= :now"
                + " ORDER BY b.expiresAt, b.id", EarnedBatch.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<EarnedBatch> readBatchesToRemind(Date from, Date until, int limit) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.remaining > 0 AND b.reminderSent = false"
                + " AND b.expiresAt >= :from AND b.expiresAt < :until ORDER BY b.customerId, b.expiresAt",
                EarnedBatch.class)
                .setParameter("from", from).setParameter("until", until).setMaxResults(limit).getResultList();
    }

    @Override
    public long sumRemaining(Long customerId) {
        Long sum = em.createQuery("SELECT SUM(b.remaining) FROM " + BATCH + " b WHERE b.customerId = :customerId",
                Long.class).setParameter("customerId", customerId).getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public BatchDebit saveDebit(Long ledgerEntryId, Long batchId, long points) {
        BatchDebit debit = new BatchDebitImpl();
        debit.setLedgerEntryId(ledgerEntryId);
        debit.setBatchId(batchId);
        debit.setPoints(points);
        em.persist(debit);
        return debit;
    }

    @Override
    public List<BatchDebit> readDebits(Long ledgerEntryId) {
        return em.createQuery("SELECT d FROM " + BatchDebitImpl.class.getName()
                + " d WHERE d.ledgerEntryId = :entryId ORDER BY d.id", BatchDebit.class)
                .setParameter("entryId", ledgerEntryId).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    public void deleteDebits(Long ledgerEntryId) {
        for (BatchDebit debit : readDebits(ledgerEntryId)) {
            em.remove(debit);
        }
    }

    @Override
    public void deleteBatch(EarnedBatch batch) {
        em.remove(em.contains(batch) ? batch : em.merge(batch));
    }

    @Override
    public boolean markReminded(Long batchId) {
        return em.createQuery("UPDATE " + BATCH + " b SET b.reminderSent = true WHERE b.id = :id AND b.reminderSent = false")
                .setParameter("id", batchId).executeUpdate() == 1;
    }

    @Override
    public void unmarkReminded(Long batchId) {
        em.createQuery("UPDATE " + BATCH + " b SET b.reminderSent = false WHERE b.id = :id")
                .setParameter("id", batchId).executeUpdate();
    }

    @Override
    public List<OrderTally> readAllTallies() {
        List<Object[]> rows = em.createQuery("SELECT a.customerId, a.orderCount, a.orderSpend, a.firstOrderDate,"
                + " a.lastOrderDate FROM " + ACCOUNT + " a WHERE a.orderCount > 0 AND a.firstOrderDate IS NOT NULL"
                + " AND a.lastOrderDate IS NOT NULL ORDER BY a.customerId", Object[].class)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        List<OrderTally> tallies = new ArrayList<OrderTally>(rows.size());
        for (Object[] row : rows) {
            tallies.add(new OrderTally((Long) row[0], (Long) row[1], (BigDecimal) row[2], (Date) row[3],
                    (Date) row[4]));
        }
        return tallies;
    }

    @Override
    public void correctTally(Long customerId, OrderTally truth, Date runStart) {
        // A bulk UPDATE (no entity): checkouts keep counting orders on these rows while the run goes on.
        int updated = em.createQuery("UPDATE " + ACCOUNT + " a SET a.version = a.version + 1,"
                + " a.orderCount = :count, a.orderSpend = :spend, a.firstOrderDate = :first, a.lastOrderDate = :last"
                + " WHERE a.customerId = :customerId AND (a.lastOrderDate IS NULL OR a.lastOrderDate <= :runStart)")
                .setParameter("count", truth == null ? 0L : truth.getOrderCount())
                .setParameter("spend", truth == null ? BigDecimal.ZERO : truth.getOrderSpend())
                .setParameter("first", truth == null ? null : truth.getFirstOrder())
                .setParameter("last", truth == null ? null : truth.getLastOrder())
                .setParameter("customerId", customerId)
                .setParameter("runStart", runStart)
                .executeUpdate();
        if (updated == 0 && truth != null && readAccount(customerId) == null) {
            LoyaltyAccount account = createAccount(customerId);
            account.setOrderCount(truth.getOrderCount());
            account.setOrderSpend(truth.getOrderSpend());
            account.setFirstOrderDate(truth.getFirstOrder());
            account.setLastOrderDate(truth.getLastOrder());
        }
    }
}
