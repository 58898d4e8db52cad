package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.core.BatchDraw;
import com.broadleafloyalty.ledger.core.Clawback;
import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsBatch;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.core.SpendingOrder;
import com.broadleafloyalty.ledger.dao.AccountLocks;
import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.BatchDebit;
import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class PointsLedgerImpl implements PointsLedger {

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao entries;

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "blLoyaltyAccountLocks")
    protected AccountLocks locks;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    /** Webhooks: an entry is told (points.* and balance.changed) in its own transaction, when someone listens. */
    @Resource(name = "blLoyaltyEventPublisher")
    protected LoyaltyEventPublisher events;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Transaction resource key: present while the current transaction holds a posting of this ledger. */
    private final Object posted = new Object();

    @Override
    public PostingResult credit(final Posting posting) {
        try {
            return transactions.run(posting.customerId, status -> doCredit(posting));
        } catch (RuntimeException e) {
            // A customer's first posting creates the account without reading the source first: a source recorded
            // for another customer then fails on the entry's unique key. Say so instead of a bare key violation.
            refuseForeignSource(posting);
            throw e;
        }
    }

    private void refuseForeignSource(Posting posting) {
        PointsLedgerEntry recorded;
        try {
            recorded = new TransactionTemplate(transactionManager).execute(
                    status -> entries.readBySourceWithoutFlush(posting.sourceType, posting.sourceId, posting.type));
        } catch (RuntimeException unreadable) {
            return; // inside a caller's failed transaction: the original failure is what matters
        }
        if (recorded != null && !recorded.getCustomerId().equals(posting.customerId)) {
            throw new PostingConflictException(posting.sourceType, posting.sourceId, recorded.getCustomerId(),
                    posting.customerId);
        }
    }

    protected PostingResult doCredit(Posting posting) {
        flushEarlierPostings();
        // Steady state (an account without debt): one UPDATE locks the row, checks the source, credits it and counts
        // the order. A customer's first posting: one INSERT creates the account holding the points.
        if (creditIfDebtFree(posting) || createWithCredit(posting)) {
            return new PostingResult(writeCredit(posting, 0), false, 0);
        }
        // The general path: an account with debt, a source already recorded, or an account already loaded here.
        LoyaltyAccount account = locks.lock(posting.customerId);
        PointsLedgerEntry existing = existing(posting);
        if (existing != null) {
            return new PostingResult(existing, true, 0);
        }
        long paysDebt = Math.min(account.getDebt(), posting.points);
        account.setDebt(account.getDebt() - paysDebt);
        PointsLedgerEntry entry = writeCredit(posting, paysDebt);
        account.setBalance(Math.addExact(account.getBalance(), posting.points));
        if (posting.completedOrder != null) {
            posting.completedOrder.countIn(account);
        }
        return new PostingResult(entry, false, 0);
    }

    private boolean creditIfDebtFree(Posting posting) {
        boolean credited = accounts.creditIfDebtFree(posting.customerId, posting.points, posting.sourceType,
                posting.sourceId, posting.type, posting.completedOrder);
        if (credited) {
            markPosted();
        }
        return credited;
    }

    private boolean createWithCredit(Posting posting) {
        boolean created = accounts.createWithCredit(posting.customerId, posting.points, posting.completedOrder);
        if (created) {
            markPosted();
        }
        return created;
    }

    @Override
    public boolean countOrder(final Long customerId, final CompletedOrder order) {
        return transactions.run(customerId, status -> {
            flushEarlierPostings();
            boolean counted = accounts.countOrder(customerId, order);
            markPosted();
            return counted;
        });
    }

    @Override
    public PostingResult creditInPlace(Posting posting) {
        // Not marked as posted: nothing of it waits in the persistence context for a flush.
        if (!accounts.creditBeforeEntry(posting.customerId, posting.points, posting.completedOrder)) {
            return null;
        }
        PointsLedgerEntry entry = newEntry(posting, posting.points);
        entries.insertEarnedAtOnce(entry, newBatch(entry, posting, 0));
        tell(entry);
        return new PostingResult(entry, false, 0);
    }

    @Override
    public boolean countOrderInPlace(Long customerId, CompletedOrder order) {
        if (accounts.isLoaded(customerId)) {
            return false; // a change to the loaded entity would miss a flush that is already over
        }
        accounts.countOrder(customerId, order);
        return true;
    }

    /** The entry and its batch; {@code paysDebt} of the points went to the account's debt. */
    private PointsLedgerEntry writeCredit(Posting posting, long paysDebt) {
        PointsLedgerEntry entry = write(posting, posting.points);
        accounts.saveBatch(newBatch(entry, posting, paysDebt));
        return entry;
    }

    private EarnedBatch newBatch(PointsLedgerEntry entry, Posting posting, long paysDebt) {
        EarnedBatch batch = accounts.newBatch();
        batch.setId(entry.getId());
        batch.setCustomerId(posting.customerId);
        batch.setLedgerEntryId(entry.getId());
        batch.setPoints(posting.points);
        batch.setRemaining(posting.points - paysDebt);
        batch.setAvailableFrom(posting.availableFrom == null ? SystemTime.asDate() : posting.availableFrom);
        batch.setExpiresAt(posting.expiresAt);
        return batch;
    }

    @Override
    public PostingResult debit(final Posting posting) {
        // A plainly insufficient balance is refused without taking the account lock: once an account runs dry,
        // refusals do not queue behind each other. Sufficient balances are checked again under the lock.
        long unlockedAvailable = position(posting.customerId, 0).getAvailable();
        if (unlockedAvailable < posting.points && existing(posting) == null) {
            throw new InsufficientPointsException(posting.points, unlockedAvailable);
        }
        return transactions.run(posting.customerId, status -> doDebit(posting));
    }

    protected PostingResult doDebit(Posting posting) {
        flushEarlierPostings();
        LoyaltyAccount account = locks.lock(posting.customerId);
        PointsLedgerEntry existing = existing(posting);
        if (existing != null) {
            return new PostingResult(existing, true, 0);
        }
        List<EarnedBatch> batches = accounts.readOpenBatches(posting.customerId);
        List<PointsBatch> core = BatchMapping.toCore(batches);
        Instant now = SystemTime.asDate().toInstant();
        // Debt is owed first: only what is left after it can be spent.
        long spendable = SpendingOrder.available(core, now) - account.getDebt();
        if (spendable < posting.points) {
            throw new InsufficientPointsException(posting.points, Math.max(0, spendable));
        }
        List<BatchDraw> draws = SpendingOrder.draw(core, posting.points, now);
        PointsLedgerEntry entry = write(posting, -posting.points);
        applyDraws(entry, draws, batches);
        account.setBalance(Math.subtractExact(account.getBalance(), posting.points));
        return new PostingResult(entry, false, 0);
    }

    @Override
    public PostingResult clawback(final Posting posting, final ClawbackPolicy policy) {
        return transactions.run(posting.customerId, status -> doClawback(posting, policy));
    }

    protected PostingResult doClawback(Posting posting, ClawbackPolicy policy) {
        flushEarlierPostings();
        LoyaltyAccount account = locks.lock(posting.customerId);
        PointsLedgerEntry existing = existing(posting);
        if (existing != null) {
            return new PostingResult(existing, true, 0);
        }
        List<EarnedBatch> batches = accounts.readOpenBatches(posting.customerId);
        EarnedBatch own = posting.clawbackFromEntryId == null ? null
                : accounts.readBatchForEntry(posting.clawbackFromEntryId);
        Clawback plan = Clawback.plan(BatchMapping.toCore(batches), own == null ? null : own.getId(), posting.points,
                policy, SystemTime.asDate().toInstant());
        if (plan.getDebited() == 0) {
            return new PostingResult(null, false, plan.getShortfall());
        }
        if (plan.getShortfall() > 0) {
            posting.reason(posting.reason + " (shortfall " + plan.getShortfall() + " points: already spent)");
        }
        PointsLedgerEntry entry = write(posting, -plan.getDebited());
        applyDraws(entry, plan.getDraws(), batches);
        account.setDebt(account.getDebt() + plan.getDebt());
        account.setBalance(Math.subtractExact(account.getBalance(), plan.getDebited()));
        return new PostingResult(entry, false, plan.getShortfall());
    }

    @Override
    public PostingResult expire(final Long batchId) {
        EarnedBatch batch = accounts.readBatch(batchId);
        return transactions.run(batch == null ? null : batch.getCustomerId(), status -> doExpire(batchId));
    }

    protected PostingResult doExpire(Long batchId) {
        flushEarlierPostings();
        EarnedBatch unlocked = accounts.readBatch(batchId);
        if (unlocked == null) {
            return new PostingResult(null, false, 0);
        }
        LoyaltyAccount account = locks.lock(unlocked.getCustomerId());
        EarnedBatch batch = accounts.readBatch(batchId);
        Posting posting = Posting.of(batch.getCustomerId(), PointsEntryType.EXPIRE, Math.max(1, batch.getRemaining()),
                PointsLedgerEntry.SOURCE_BATCH, batchId);
        PointsLedgerEntry existing = existing(posting);
        if (existing != null || batch.getRemaining() == 0) {
            return new PostingResult(existing, true, 0);
        }
        long points = batch.getRemaining();
        PointsLedgerEntry entry = write(posting.reason("Points expired"), -points);
        accounts.saveDebit(entry.getId(), batchId, points);
        batch.setRemaining(0);
        account.setBalance(Math.subtractExact(account.getBalance(), points));
        return new PostingResult(entry, false, 0);
    }

    @Override
    public void revoke(final Long ledgerEntryId) {
        PointsLedgerEntry entry = entries.readById(ledgerEntryId);
        transactions.run(entry == null ? null : entry.getCustomerId(), status -> {
            doRevoke(ledgerEntryId);
            return null;
        });
    }

    protected void doRevoke(Long ledgerEntryId) {
        flushEarlierPostings();
        PointsLedgerEntry entry = entries.readById(ledgerEntryId);
        if (entry == null) {
            return;
        }
        LoyaltyAccount account = locks.lock(entry.getCustomerId());
        if (entry.getPoints() > 0) {
            EarnedBatch batch = accounts.readBatchForEntry(ledgerEntryId);
            if (batch != null) {
                // Whatever of the batch is gone (spent, or paid into debt) comes back as debt.
                account.setDebt(account.getDebt() + batch.getPoints() - batch.getRemaining());
                accounts.deleteBatch(batch);
            }
        } else {
            for (BatchDebit debit : accounts.readDebits(ledgerEntryId)) {
                EarnedBatch batch = accounts.readBatch(debit.getBatchId());
                batch.setRemaining(batch.getRemaining() + debit.getPoints());
            }
            accounts.deleteDebits(ledgerEntryId);
        }
        account.setBalance(Math.subtractExact(account.getBalance(), entry.getPoints()));
        entries.delete(entry);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AccountPosition position(Long customerId, long reserved) {
        flushEarlierPostings();
        LoyaltyAccount account = accounts.readAccount(customerId);
        long debt = account == null ? 0 : account.getDebt();
        return AccountPosition.of(BatchMapping.toCore(accounts.readOpenBatches(customerId)), debt, reserved,
                SystemTime.asDate().toInstant(), program.expiringSoonWindow());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long balance(Long customerId) {
        LoyaltyAccount account = accounts.readAccount(customerId);
        return account == null ? 0L : account.getBalance();
    }

    @Override
    public void lockAccount(Long customerId) {
        locks.lock(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public PointsLedgerEntry entryFor(String sourceType, Long sourceId, PointsEntryType type) {
        return entries.readBySource(sourceType, sourceId, type);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public java.util.Set<Long> recordedSourceIds(String sourceType, PointsEntryType type) {
        return new java.util.HashSet<Long>(entries.readSourceIds(sourceType, type));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long sumForOrder(Long orderId, PointsEntryType type) {
        return entries.sumForOrder(orderId, type);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Date availableFrom(Long ledgerEntryId) {
        EarnedBatch batch = accounts.readBatchForEntry(ledgerEntryId);
        return batch == null ? null : batch.getAvailableFrom();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long sumOrderPointsSince(Long customerId, Date from) {
        return entries.sumOrderPointsSince(customerId, from);
    }

    /**
     * The entry this posting's source already wrote, or null. A source recorded for another customer is refused: a
     * retried posting may only ever match its own customer's entry.
     */
    private PointsLedgerEntry existing(Posting posting) {
        PointsLedgerEntry entry = entries.readBySourceWithoutFlush(posting.sourceType, posting.sourceId, posting.type);
        if (entry != null && !entry.getCustomerId().equals(posting.customerId)) {
            throw new PostingConflictException(posting.sourceType, posting.sourceId, entry.getCustomerId(),
                    posting.customerId);
        }
        return entry;
    }

    /**
     * The ledger's queries do not flush the persistence context (that would dirty-check the caller's whole order
     * graph each time), and entries are not flushed when written. So when this transaction already holds an earlier
     * posting, send it to the database before reading again: the next posting's queries must see it.
     */
    private void flushEarlierPostings() {
        if (TransactionSynchronizationManager.hasResource(posted)) {
            entries.flush();
        }
    }

    /** Notes that the current transaction holds a posting (until it completes). */
    private void markPosted() {
        if (TransactionSynchronizationManager.hasResource(posted)
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.bindResource(posted, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(posted);
            }
        });
    }

    private void applyDraws(PointsLedgerEntry entry, List<BatchDraw> draws, List<EarnedBatch> batches) {
        for (BatchDraw draw : draws) {
            EarnedBatch batch = BatchMapping.find(batches, draw.getBatchId());
            batch.setRemaining(batch.getRemaining() - draw.getPoints());
            accounts.saveDebit(entry.getId(), batch.getId(), draw.getPoints());
        }
    }

    private PointsLedgerEntry write(Posting posting, long signedPoints) {
        markPosted();
        PointsLedgerEntry entry = entries.save(newEntry(posting, signedPoints));
        tell(entry);
        return entry;
    }

    /** Costs nothing (no statement) while no active webhook subscription wants the entry's events. */
    private void tell(PointsLedgerEntry entry) {
        String type = eventTypeOf(entry.getEntryType());
        if (events.wants(type)) {
            events.publish(em, LoyaltyEvent.of(type, entry.getCustomerId(), "entryId", entry.getId(),
                    "points", entry.getPoints(), "reason", entry.getReason(), "orderId", entry.getOrderId()));
        }
        if (events.wants(LoyaltyEvent.BALANCE_CHANGED)) {
            events.publish(em, LoyaltyEvent.of(LoyaltyEvent.BALANCE_CHANGED, entry.getCustomerId(),
                    "entryId", entry.getId(), "entryType", entry.getEntryType().name(), "change", entry.getPoints()));
        }
    }

    /** EARN and BONUS are points.earned; RESTORE (redeemed points given back) is an adjustment. */
    static String eventTypeOf(PointsEntryType type) {
        switch (type) {
            case EARN:
            case BONUS:
                return LoyaltyEvent.POINTS_EARNED;
            case REDEEM:
                return LoyaltyEvent.POINTS_REDEEMED;
            case EXPIRE:
                return LoyaltyEvent.POINTS_EXPIRED;
            case CLAWBACK:
                return LoyaltyEvent.POINTS_CLAWED_BACK;
            default:
                return LoyaltyEvent.POINTS_ADJUSTED;
        }
    }

    private PointsLedgerEntry newEntry(Posting posting, long signedPoints) {
        PointsLedgerEntry entry = entries.create();
        entry.setCustomerId(posting.customerId);
        entry.setEntryType(posting.type);
        entry.setPoints(signedPoints);
        entry.setSourceType(posting.sourceType);
        entry.setSourceId(posting.sourceId);
        entry.setOrderId(posting.orderId);
        entry.setReason(posting.reason == null ? posting.type.name() : posting.reason);
        entry.setRuleSnapshot(posting.ruleSnapshot);
        entry.setAwardDetail(posting.awardDetail);
        entry.setActor(posting.actor);
        entry.setCurrencyCode(posting.currencyCode);
        entry.setConversionRate(posting.conversionRate);
        entry.setCreatedDate(SystemTime.asDate());
        return entry;
    }
}
