package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The scheduled expiry work: EXPIRE entries for batches past their date, and one reminder email per customer whose
 * points expire within the reminder window. Safe to run on several nodes at once: an expiry is keyed by its batch,
 * and a reminder is sent only by the run that flips the batch's reminder flag.
 */
public class PointsExpiryService {

    private static final Log LOG = LogFactory.getLog(PointsExpiryService.class);
    private static final int PAGE = 200;

    @Resource(name = "blLoyaltyAccountDao")
    protected LoyaltyAccountDao accounts;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyExpiryReminderSender")
    protected ExpiryReminderSender reminderSender;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Returns how many batches expired. */
    public int expireDuePoints() {
        int expired = 0;
        while (true) {
            List<EarnedBatch> due = read(() -> accounts.readDueBatches(SystemTime.asDate(), PAGE));
            if (due.isEmpty()) {
                return expired;
            }
            for (EarnedBatch batch : due) {
                PostingResult result = ledger.expire(batch.getId());
                // Another node expiring the same batch at the same moment: counted once, by the node that wrote it.
                if (result.getEntry() != null && !result.isAlreadyRecorded()) {
                    expired++;
                }
            }
            if (due.size() < PAGE) {
                return expired;
            }
        }
    }

    /** Returns how many reminder emails were sent. */
    public int sendExpiryReminders() {
        Date now = SystemTime.asDate();
        Date until = new Date(now.getTime() + program.getReminderDaysBefore() * 86_400_000L);
        Map<Long, List<EarnedBatch>> byCustomer = new LinkedHashMap<Long, List<EarnedBatch>>();
        for (EarnedBatch batch : read(() -> accounts.readBatchesToRemind(now, until, 5000))) {
            byCustomer.computeIfAbsent(batch.getCustomerId(), id -> new ArrayList<EarnedBatch>()).add(batch);
        }
        int sent = 0;
        for (Map.Entry<Long, List<EarnedBatch>> customer : byCustomer.entrySet()) {
            List<EarnedBatch> claimed = claim(customer.getValue());
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                reminderSender.send(customer.getKey(), claimed);
                sent++;
            } catch (RuntimeException e) {
                LOG.error("Expiry reminder to customer " + customer.getKey() + " failed; it will be retried", e);
                write(() -> {
                    for (EarnedBatch batch : claimed) {
                        accounts.unmarkReminded(batch.getId());
                    }
                    return null;
                });
            }
        }
        return sent;
    }

    private List<EarnedBatch> claim(List<EarnedBatch> batches) {
        return write(() -> {
            List<EarnedBatch> claimed = new ArrayList<EarnedBatch>();
            for (EarnedBatch batch : batches) {
                if (accounts.markReminded(batch.getId())) {
                    claimed.add(batch);
                }
            }
            return claimed;
        });
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
