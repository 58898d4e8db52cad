package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.challenge.core.Badge;
import com.broadleafloyalty.challenge.core.ChallengeDefinition;
import com.broadleafloyalty.challenge.core.ChallengeDraft;
import com.broadleafloyalty.challenge.core.ChallengeProgress;
import com.broadleafloyalty.challenge.core.ChallengeRefusedException;
import com.broadleafloyalty.challenge.core.ChallengeRuleType;
import com.broadleafloyalty.challenge.core.ChallengeRules;
import com.broadleafloyalty.challenge.core.ChallengeWindow;
import com.broadleafloyalty.challenge.core.CustomerActivity;
import com.broadleafloyalty.challenge.core.WindowType;
import com.broadleafloyalty.challenge.dao.ChallengeDao;
import com.broadleafloyalty.challenge.domain.Challenge;
import com.broadleafloyalty.challenge.domain.ChallengeCompletion;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.support.cache.TimedValue;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.broadleafloyalty.support.persistence.RequestCommit;
import com.broadleafloyalty.support.persistence.SeparatePersistenceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;

/**
 * Challenges: admin changes (audited), evaluation at checkout and nightly, the shopper's board. The open challenges
 * are kept on each node for {@code cacheSeconds} (refreshed at once on this node after an admin change), so a checkout
 * while no challenge an order can move is open costs no statement at all.
 */
public class ChallengeServiceImpl implements ChallengeService {

    private static final Log LOG = LogFactory.getLog(ChallengeServiceImpl.class);

    @Resource(name = "blLoyaltyChallengeDao")
    protected ChallengeDao dao;

    @Resource(name = "blLoyaltyChallengeGrants")
    protected ChallengeGrants grants;

    @Resource(name = "blLoyaltyChallengeActivity")
    protected ChallengeActivityReader activityReader;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    private final ZoneId zone = ZoneId.systemDefault();
    private final ChallengeRules rules = new ChallengeRules(zone);
    private TimedValue<List<OpenChallenge>> active = new TimedValue<List<OpenChallenge>>(60, "cacheSeconds");

    /** How long each node keeps the list of active challenges (another node's admin change shows after it). */
    public void setCacheSeconds(long cacheSeconds) {
        this.active = new TimedValue<List<OpenChallenge>>(cacheSeconds, "loyalty.challenges.cache.seconds");
    }

    @Override
    public List<Challenge> challenges() {
        return readOnly().execute(status -> dao.readAll());
    }

    @Override
    public Challenge challenge(Long id) {
        return readOnly().execute(status -> dao.readById(id));
    }

    @Override
    public Map<Long, Long> completionCounts() {
        return readOnly().execute(status -> dao.countCompletions());
    }

    @Override
    public Challenge save(Long id, ChallengeDraft draft, String adminLogin) {
        List<LoyaltyText> problems = draft.problems();
        if (problems.isEmpty()) {
            Long categoryId = draft.toDefinition(id).getCategoryId();
            if (categoryId != null && catalog.findCategoryById(categoryId) == null) {
                problems.add(LoyaltyText.of("loyalty.challenge.refused.categoryUnknown", String.valueOf(categoryId)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ChallengeRefusedException(problems);
        }
        ChallengeDefinition definition = draft.toDefinition(id);
        Challenge saved = new TransactionTemplate(transactionManager).execute(status -> {
            Challenge challenge = id == null ? dao.create() : dao.readById(id);
            if (challenge == null) {
                throw new ChallengeRefusedException("loyalty.challenge.refused.unknown", String.valueOf(id));
            }
            Map<String, Object> before = id == null ? null : fields(challenge);
            if (id == null) {
                challenge.setActive(true);
                challenge.setCreatedAt(SystemTime.asDate());
            }
            challenge.setName(draft.trimmedName());
            challenge.setDescription(draft.trimmedDescription());
            challenge.setRuleType(definition.getRuleType().name());
            challenge.setGoal(definition.getGoal());
            challenge.setCategoryId(definition.getCategoryId());
            ChallengeWindow window = definition.getWindow();
            challenge.setWindowType(window.getType().name());
            challenge.setWindowDays(window.getDays());
            challenge.setFirstDay(date(window.getFirstDay()));
            challenge.setLastDay(date(window.getLastDay()));
            challenge.setBonusPoints(definition.getBonusPoints());
            challenge.setBadge(definition.getBadge().name());
            Challenge stored = dao.save(challenge);
            AuditedChange change = AuditedChange.of(AuditKind.CHALLENGE_CHANGED, "Challenge", stored.getId());
            if (before != null) {
                for (Map.Entry<String, Object> field : before.entrySet()) {
                    change.before(field.getKey(), field.getValue());
                }
            }
            for (Map.Entry<String, Object> field : fields(stored).entrySet()) {
                change.after(field.getKey(), field.getValue());
            }
            audit.record(adminLogin, change);
            return stored;
        });
        active.invalidate();
        return saved;
    }

    private static Map<String, Object> fields(Challenge challenge) {
        Map<String, Object> fields = new LinkedHashMap<String, Object>();
        fields.put("name", challenge.getName());
        fields.put("description", challenge.getDescription());
        fields.put("ruleType", challenge.getRuleType());
        fields.put("goal", challenge.getGoal() == null ? null : challenge.getGoal().stripTrailingZeros().toPlainString());
        fields.put("categoryId", challenge.getCategoryId());
        fields.put("window", challenge.getWindowType());
        fields.put("days", challenge.getWindowDays());
        fields.put("firstDay", challenge.getFirstDay());
        fields.put("lastDay", challenge.getLastDay());
        fields.put("bonusPoints", challenge.getBonusPoints());
        fields.put("badge", challenge.getBadge());
        fields.put("active", challenge.isActive());
        return fields;
    }

    @Override
    public boolean deactivate(Long id, String adminLogin) {
        Boolean done = new TransactionTemplate(transactionManager).execute(status -> {
            Challenge challenge = dao.readById(id);
            if (challenge == null || !challenge.isActive()) {
                return Boolean.FALSE;
            }
            challenge.setActive(false);
            dao.save(challenge);
            audit.record(adminLogin, AuditedChange.of(AuditKind.CHALLENGE_CHANGED, "Challenge", id)
                    .before("active", Boolean.TRUE).after("active", Boolean.FALSE));
            return Boolean.TRUE;
        });
        active.invalidate();
        return Boolean.TRUE.equals(done);
    }

    @Override
    public ChallengeBoard boardOf(Long customerId) {
        Instant now = SystemTime.asDate().toInstant();
        List<OpenChallenge> open = openAt(now, false);
        List<EarnedBadge> badges = badgesOf(customerId);
        Set<Long> done = new HashSet<Long>(readOnly().execute(
                status -> dao.readCompletedChallengeIds(customerId)));
        List<OpenChallenge> todo = new ArrayList<OpenChallenge>();
        for (OpenChallenge challenge : open) {
            if (!done.contains(challenge.definition.getId())) {
                todo.add(challenge);
            }
        }
        List<ChallengeStatus> statuses = new ArrayList<ChallengeStatus>();
        ChallengeStatus next = null;
        if (!todo.isEmpty()) {
            List<ChallengeDefinition> definitions = definitions(todo);
            CustomerActivity activity = readOnly().execute(status -> activityReader.read(
                    new CustomerActivity.Builder(), customerId, definitions, rules.earliestStart(definitions, now),
                    null).build());
            for (OpenChallenge challenge : todo) {
                ChallengeProgress progress = rules.progress(challenge.definition, activity, now);
                ChallengeStatus status = new ChallengeStatus(challenge.definition.getId(), challenge.name,
                        challenge.description, challenge.definition.getBadge().getMessageKey(), progress.getPercent(),
                        progressText(challenge, progress), windowText(challenge.definition.getWindow()),
                        challenge.definition.getBonusPoints());
                statuses.add(status);
                if (next == null || status.getPercent() > next.getPercent()) {
                    next = status;
                }
            }
        }
        return new ChallengeBoard(statuses, badges, next);
    }

    @Override
    public List<EarnedBadge> badgesOf(Long customerId) {
        return readOnly().execute(status -> {
            List<ChallengeCompletion> completions = dao.readCompletions(customerId);
            List<EarnedBadge> badges = new ArrayList<EarnedBadge>(completions.size());
            Map<Long, Challenge> byId = new HashMap<Long, Challenge>();
            for (ChallengeCompletion completion : completions) {
                Challenge challenge = byId.get(completion.getChallengeId());
                if (challenge == null) {
                    challenge = dao.readById(completion.getChallengeId());
                    byId.put(completion.getChallengeId(), challenge);
                }
                Badge badge = challenge == null ? null : Badge.named(challenge.getBadge());
                badges.add(new EarnedBadge((badge == null ? Badge.CHAMPION : badge).getMessageKey(),
                        challenge == null ? null : challenge.getName(), completion.getCompletedAt(),
                        challenge == null || completion.getLedgerEntryId() == null ? 0L : challenge.getBonusPoints()));
            }
            return badges;
        });
    }

    @Override
    public PendingGrants evaluateAtCheckout(Order order) {
        Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered() || order.getId() == null) {
            return PendingGrants.NOTHING;
        }
        Date placed = order.getSubmitDate() != null ? order.getSubmitDate() : SystemTime.asDate();
        Instant now = SystemTime.asDate().toInstant();
        List<ChallengeDefinition> candidates = definitions(openAt(now, true));
        if (candidates.isEmpty()) {
            return PendingGrants.NOTHING;
        }
        Long customerId = customer.getId();
        CustomerActivity.Builder activity = CheckoutOrder.lines(new CustomerActivity.Builder(), order,
                placed.toInstant());
        List<ChallengeDefinition> completed = SeparatePersistenceContext.call(entityManagerFactory,
                () -> readOnly().execute(status -> {
                    List<ChallengeDefinition> todo = withoutCompleted(candidates, customerId);
                    if (todo.isEmpty()) {
                        return todo;
                    }
                    activityReader.read(activity, customerId, todo, rules.earliestStart(todo, now), order.getId());
                    return completedBy(todo, activity.build(), now);
                }));
        if (completed.isEmpty()) {
            return PendingGrants.NOTHING;
        }
        if (RequestCommit.isAvailable(entityManagerFactory)) {
            CommitBoundGrants pending = new CommitBoundGrants(grants, dao::isSubmitted, customerId, completed, order.getId(), placed);
            RequestCommit.register(entityManagerFactory, pending);
            return pending;
        }
        List<Long> written = SeparatePersistenceContext.call(entityManagerFactory,
                () -> grantAll(customerId, completed, order.getId(), placed));
        return new WrittenGrants(written);
    }

    @Override
    public void undo(PendingGrants pending) {
        if (pending.cancel()) {
            return;
        }
        for (Long completionId : pending.writtenCompletionIds()) {
            grants.undo(completionId);
        }
    }

    @Override
    public int evaluate(Long customerId) {
        Instant now = SystemTime.asDate().toInstant();
        return evaluate(customerId, definitions(openAt(now, false)), now);
    }

    private int evaluate(Long customerId, List<ChallengeDefinition> open, Instant now) {
        List<ChallengeDefinition> completed = readOnly().execute(status -> {
            List<ChallengeDefinition> todo = withoutCompleted(open, customerId);
            if (todo.isEmpty()) {
                return todo;
            }
            CustomerActivity activity = activityReader.read(new CustomerActivity.Builder(), customerId, todo,
                    rules.earliestStart(todo, now), null).build();
            return completedBy(todo, activity, now);
        });
        return grantAll(customerId, completed, null, Date.from(now)).size();
    }

    @Override
    public int evaluateEveryone() {
        Instant now = SystemTime.asDate().toInstant();
        active.invalidate();
        List<ChallengeDefinition> open = definitions(openAt(now, false));
        if (open.isEmpty()) {
            return 0;
        }
        Date from = Date.from(rules.earliestStart(open, now));
        Set<Long> customers = new LinkedHashSet<Long>();
        if (ChallengeActivityReader.counts(open, null)) {
            customers.addAll(readOnly().execute(status -> dao.readCustomersWithOrdersSince(from)));
        }
        if (ChallengeActivityReader.counts(open, ChallengeRuleType.FEEDBACK)) {
            customers.addAll(feedback.customersAnsweredSince(from));
        }
        if (ChallengeActivityReader.counts(open, ChallengeRuleType.REFERRALS)) {
            customers.addAll(accounts.referrersWithFriendOrdersSince(from));
        }
        int granted = 0;
        for (Long customerId : customers) {
            try {
                granted += evaluate(customerId, open, now);
            } catch (RuntimeException e) {
                LOG.error("Challenges of customer " + customerId + " could not be evaluated; the next run retries", e);
            }
        }
        LOG.info("Challenges: " + customers.size() + " customers evaluated, " + granted + " completions granted");
        return granted;
    }

    private List<Long> grantAll(Long customerId, List<ChallengeDefinition> completed, Long orderId, Date now) {
        List<Long> written = new ArrayList<Long>();
        for (ChallengeDefinition challenge : completed) {
            Long completionId = grants.grant(customerId, challenge, orderId, now);
            if (completionId != null) {
                written.add(completionId);
            }
        }
        return written;
    }

    private List<ChallengeDefinition> withoutCompleted(List<ChallengeDefinition> challenges, Long customerId) {
        Set<Long> done = new HashSet<Long>(dao.readCompletedChallengeIds(customerId));
        List<ChallengeDefinition> todo = new ArrayList<ChallengeDefinition>();
        for (ChallengeDefinition challenge : challenges) {
            if (!done.contains(challenge.getId())) {
                todo.add(challenge);
            }
        }
        return todo;
    }

    private List<ChallengeDefinition> completedBy(List<ChallengeDefinition> challenges, CustomerActivity activity,
            Instant now) {
        List<ChallengeDefinition> completed = new ArrayList<ChallengeDefinition>();
        for (ChallengeDefinition challenge : challenges) {
            if (rules.progress(challenge, activity, now).isComplete()) {
                completed.add(challenge);
            }
        }
        return completed;
    }

    /** The active challenges open at {@code now}; only those a customer's order moves when {@code byOrders}. */
    private List<OpenChallenge> openAt(Instant now, boolean byOrders) {
        List<OpenChallenge> open = new ArrayList<OpenChallenge>();
        for (OpenChallenge challenge : active.get(this::loadActive)) {
            if (rules.isOpen(challenge.definition, now)
                    && (!byOrders || challenge.definition.getRuleType().isMovedByOrders())) {
                open.add(challenge);
            }
        }
        return open;
    }

    private List<OpenChallenge> loadActive() {
        return SeparatePersistenceContext.call(entityManagerFactory, () -> readOnly().execute(status -> {
            List<OpenChallenge> loaded = new ArrayList<OpenChallenge>();
            for (Challenge challenge : dao.readActive()) {
                try {
                    ChallengeDefinition definition = definition(challenge);
                    String categoryName = null;
                    if (definition.getCategoryId() != null) {
                        Category category = catalog.findCategoryById(definition.getCategoryId());
                        categoryName = category == null ? String.valueOf(definition.getCategoryId())
                                : category.getName();
                    }
                    loaded.add(new OpenChallenge(definition, challenge.getName(), challenge.getDescription(),
                            categoryName));
                } catch (RuntimeException e) {
                    LOG.error("Challenge " + challenge.getId() + " cannot be evaluated (" + e.getMessage()
                            + "); fix it in the admin");
                }
            }
            return loaded;
        }));
    }

    private ChallengeDefinition definition(Challenge challenge) {
        ChallengeRuleType type = ChallengeRuleType.named(challenge.getRuleType());
        WindowType windowType = WindowType.named(challenge.getWindowType());
        return new ChallengeDefinition(challenge.getId(), type, challenge.getGoal(), challenge.getCategoryId(),
                ChallengeWindow.of(windowType, challenge.getWindowDays(), localDate(challenge.getFirstDay()),
                        localDate(challenge.getLastDay())), challenge.getBonusPoints(),
                Badge.named(challenge.getBadge()));
    }

    private static List<ChallengeDefinition> definitions(List<OpenChallenge> challenges) {
        List<ChallengeDefinition> definitions = new ArrayList<ChallengeDefinition>(challenges.size());
        for (OpenChallenge challenge : challenges) {
            definitions.add(challenge.definition);
        }
        return definitions;
    }

    private LoyaltyText progressText(OpenChallenge challenge, ChallengeProgress progress) {
        ChallengeDefinition definition = challenge.definition;
        String key = definition.getRuleType().getProgressKey();
        if (definition.getRuleType().isMoney()) {
            String currency = program.getBaseCurrency();
            return LoyaltyText.of(key, new MoneyAmount(progress.getCurrent(), currency),
                    new MoneyAmount(progress.getGoal(), currency), challenge.categoryName);
        }
        return LoyaltyText.of(key, progress.getCurrent().longValue(), progress.getGoal().longValue());
    }

    private static LoyaltyText windowText(ChallengeWindow window) {
        switch (window.getType()) {
            case ROLLING_DAYS:
                return LoyaltyText.of(window.getType().getMessageKey(), window.getDays());
            case FIXED_DATES:
                return LoyaltyText.of(window.getType().getMessageKey(), window.getFirstDay(), window.getLastDay());
            default:
                return LoyaltyText.of(window.getType().getMessageKey());
        }
    }

    private Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(zone).toInstant());
    }

    private LocalDate localDate(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }

    private TransactionTemplate readOnly() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        return new TransactionTemplate(transactionManager, definition);
    }

    /** An active challenge as kept between reads: its rules, and the texts shown with it. */
    private static final class OpenChallenge {
        final ChallengeDefinition definition;
        final String name;
        final String description;
        final String categoryName;

        OpenChallenge(ChallengeDefinition definition, String name, String description, String categoryName) {
            this.definition = definition;
            this.name = name;
            this.description = description;
            this.categoryName = categoryName;
        }
    }

    /** Grants written at once (no request commit to wait for); the checkout's rollback takes them back. */
    private static final class WrittenGrants implements PendingGrants {
        private final List<Long> written;

        WrittenGrants(List<Long> written) {
            this.written = written;
        }

        @Override
        public boolean cancel() {
            return written.isEmpty();
        }

        @Override
        public List<Long> writtenCompletionIds() {
            return written;
        }
    }
}
