package com.broadleafloyalty.imports.service;

import com.broadleafloyalty.imports.core.CustomerReference;
import com.broadleafloyalty.imports.core.ImportCheck;
import com.broadleafloyalty.imports.core.ImportLine;
import com.broadleafloyalty.imports.core.ImportLineRules;
import com.broadleafloyalty.imports.core.ImportReport;
import com.broadleafloyalty.imports.core.ImportSource;
import com.broadleafloyalty.imports.core.LineProblem;
import com.broadleafloyalty.imports.core.RawLine;
import com.broadleafloyalty.imports.core.RefusedLine;
import com.broadleafloyalty.imports.dao.ImportCustomerDao;
import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Reads, checks and resolves the whole file first (customers in bulk, the lines an earlier import of the file wrote in
 * one query), then posts the accepted lines through the ledger in chunks of {@code chunkSize} lines per transaction.
 * A chunk that fails (a lock timeout, a deadlock with a checkout) is posted again line by line, each line in its own
 * transaction with the ledger's retries; every line is idempotent by its source, so nothing is written twice (a
 * concurrent import of the same file fails its chunk on the entries' unique source key, and the line-by-line retry
 * then finds the lines written).
 */
public class BalanceImportServiceImpl implements BalanceImportService {

    private static final Log LOG = LogFactory.getLog(BalanceImportServiceImpl.class);

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyImportCustomerDao")
    protected ImportCustomerDao customers;

    @Resource(name = "blLoyaltyInputLimits")
    protected InputLimits limits;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private int maxLines = 200000;
    private int chunkSize = 500;
    private int maxFileBytes = 16 * 1024 * 1024;

    @Override
    public ImportReport importFile(byte[] file, boolean dryRun, String actor) {
        List<RawLine> lines = new ImportFileReader(maxLines).read(file);
        LocalDate today = SystemTime.asDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        ImportCheck check = new ImportLineRules(limits.getAdjustmentPoints()).check(lines, today);
        List<RefusedLine> refused = new ArrayList<RefusedLine>(check.getRefused());
        Map<ImportLine, Long> resolved = resolve(check.getAccepted(), refused);

        String sourceType = ImportSource.typeOf(file);
        Set<Long> recorded = ledger.recordedSourceIds(sourceType, PointsEntryType.ADJUST);
        List<Posting> postings = new ArrayList<Posting>();
        int alreadyImported = 0;
        long points = 0;
        for (Map.Entry<ImportLine, Long> line : resolved.entrySet()) {
            if (recorded.contains(line.getKey().getLineNumber())) {
                alreadyImported++;
            } else {
                postings.add(posting(line.getKey(), line.getValue(), sourceType, actor));
                points += line.getKey().getPoints();
            }
        }
        if (!dryRun) {
            post(postings);
        }
        return new ImportReport(dryRun, lines.size(), postings.size(), points, alreadyImported, refused);
    }

    /** Accepted lines (in file order) to their customer's id; a line naming no one (or several) is refused. */
    protected Map<ImportLine, Long> resolve(List<ImportLine> accepted, List<RefusedLine> refused) {
        List<Long> ids = new ArrayList<Long>();
        List<String> emails = new ArrayList<String>();
        for (ImportLine line : accepted) {
            if (line.getCustomer().isId()) {
                ids.add(line.getCustomer().getCustomerId());
            } else {
                emails.add(line.getCustomer().getEmail());
            }
        }
        Set<Long> registered = customers.registeredIds(ids);
        Map<String, List<Long>> byEmail = customers.registeredByEmail(emails);
        Map<ImportLine, Long> resolved = new java.util.LinkedHashMap<ImportLine, Long>();
        for (ImportLine line : accepted) {
            CustomerReference customer = line.getCustomer();
            if (customer.isId()) {
                if (registered.contains(customer.getCustomerId())) {
                    resolved.put(line, customer.getCustomerId());
                } else {
                    refused.add(new RefusedLine(line.getLineNumber(), LineProblem.UNKNOWN_CUSTOMER,
                            customer.getWritten()));
                }
                continue;
            }
            List<Long> found = byEmail.get(customer.getEmail());
            if (found == null) {
                refused.add(new RefusedLine(line.getLineNumber(), LineProblem.UNKNOWN_CUSTOMER, customer.getWritten()));
            } else if (found.size() > 1) {
                refused.add(new RefusedLine(line.getLineNumber(), LineProblem.AMBIGUOUS_CUSTOMER,
                        customer.getWritten()));
            } else {
                resolved.put(line, found.get(0));
            }
        }
        return resolved;
    }

    private static Posting posting(ImportLine line, Long customerId, String sourceType, String actor) {
        Date expiresAt = line.getExpiresOn() == null ? null
                // Spendable through the whole expiry day: gone at the start of the next one, in the shop's zone.
                : Date.from(line.getExpiresOn().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        return Posting.of(customerId, PointsEntryType.ADJUST, line.getPoints(), sourceType, line.getLineNumber())
                .reason(line.getReason()).actor(actor).availability(null, expiresAt);
    }

    private void post(List<Posting> postings) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        for (int from = 0; from < postings.size(); from += chunkSize) {
            final List<Posting> chunk = postings.subList(from, Math.min(postings.size(), from + chunkSize));
            try {
                transaction.execute(status -> {
                    for (Posting posting : chunk) {
                        // Written at once, without a flush of the persistence context per line; an account with debt
                        // (or loaded here) takes the general path.
                        if (ledger.creditInPlace(posting) == null) {
                            ledger.credit(posting);
                        }
                    }
                    // The chunk's entries, batches and accounts are done with: keep the persistence context small.
                    em.flush();
                    em.clear();
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("An import chunk of " + chunk.size() + " lines failed (" + e + "); posting it line by line");
                em.clear();
                for (Posting posting : chunk) {
                    ledger.credit(posting);
                }
            }
        }
    }

    @Override
    public int getMaxFileBytes() {
        return maxFileBytes;
    }

    public void setMaxFileBytes(int maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public void setMaxLines(int maxLines) {
        this.maxLines = maxLines;
    }

    public void setChunkSize(int chunkSize) {
        this.chunkSize = Math.max(1, chunkSize);
    }
}
