package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.core.ReferralRules;
import com.broadleafloyalty.account.core.ShippingAddress;
import com.broadleafloyalty.account.dao.CustomerOrdersDao;
import com.broadleafloyalty.account.dao.ReferralDao;
import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralStatus;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The referral job: a pending referral is decided once the referee's first order (the earliest one not cancelled)
 * is past its pending period, i.e. its EARN batch is available (an order that earned nothing: its submit date plus
 * the pending days). Then the shipping-address check runs, and both sides are credited, or the referral is refused
 * with its reason. Safe on several nodes at once: each credit is keyed by the referral (source types
 * {@value #SOURCE_REFERRER} and {@value #SOURCE_REFEREE}, source id the referral id).
 */
public class ReferralRewardService {

    public static final String SOURCE_REFERRER = "REFERRAL_REFERRER";
    public static final String SOURCE_REFEREE = "REFERRAL_REFEREE";

    private static final Log LOG = LogFactory.getLog(ReferralRewardService.class);
    private static final int PAGE = 200;

    @Resource(name = "blLoyaltyReferralDao")
    protected ReferralDao referrals;

    @Resource(name = "blLoyaltyCustomerOrdersDao")
    protected CustomerOrdersDao orders;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyEventPublisher")
    protected LoyaltyEventPublisher events;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected final ReferralRules rules = new ReferralRules();
    protected long referrerPoints = 500;
    protected long refereePoints = 250;

    /** Decides every pending referral that is due; returns how many were rewarded and refused. */
    public Decisions decideDueReferrals() {
        Decisions decisions = new Decisions();
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<Long> ids = new TransactionTemplate(transactionManager).execute(status -> {
                List<Long> page = new ArrayList<Long>();
                for (Referral referral : referrals.readPending(from, PAGE)) {
                    page.add(referral.getId());
                }
                return page;
            });
            for (Long id : ids) {
                try {
                    ReferralStatus decided = new TransactionTemplate(transactionManager).execute(status -> decide(id));
                    decisions.count(decided);
                } catch (RuntimeException e) {
                    LOG.error("Referral " + id + " could not be decided; the next run retries it", e);
                }
            }
            if (ids.size() < PAGE) {
                return decisions;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** The referral's new status, or PENDING when it is not due yet. */
    protected ReferralStatus decide(Long referralId) {
        Referral referral = referrals.readById(referralId);
        if (referral == null || referral.getStatus() != ReferralStatus.PENDING) {
            return ReferralStatus.PENDING;
        }
        Order first = orders.readFirstOrder(referral.getRefereeCustomerId());
        if (first == null || !pendingPeriodPassed(first)) {
            return ReferralStatus.PENDING;
        }
        Date now = SystemTime.asDate();
        referral.setOrderId(first.getId());
        referral.setDecidedDate(now);
        Optional<ReferralRefusal> refusal = addressRefusal(first.getId(), referral.getReferrerCustomerId());
        if (refusal.isPresent()) {
            referral.setStatus(ReferralStatus.REFUSED);
            referral.setRefusal(refusal.get());
            referrals.save(referral);
            return ReferralStatus.REFUSED;
        }
        credit(referral.getReferrerCustomerId(), referrerPoints, SOURCE_REFERRER, referral,
                "Referral bonus: a friend you referred placed a first order");
        credit(referral.getRefereeCustomerId(), refereePoints, SOURCE_REFEREE, referral,
                "Welcome bonus for joining through a referral");
        referral.setReferrerPoints(referrerPoints);
        referral.setRefereePoints(refereePoints);
        referral.setStatus(ReferralStatus.REWARDED);
        referrals.save(referral);
        if (events.wants(LoyaltyEvent.REFERRAL_REWARDED)) {
            events.publish(em, LoyaltyEvent.of(LoyaltyEvent.REFERRAL_REWARDED, referral.getReferrerCustomerId(),
                    "refereeCustomerId", referral.getRefereeCustomerId(), "referrerPoints", referrerPoints,
                    "refereePoints", refereePoints, "orderId", first.getId()));
        }
        return ReferralStatus.REWARDED;
    }

    private boolean pendingPeriodPassed(Order order) {
        Date now = SystemTime.asDate();
        PointsLedgerEntry earn = ledger.entryFor(PointsLedgerEntry.SOURCE_ORDER, order.getId(),
                PointsEntryType.EARN);
        Date earnAvailableFrom = earn == null ? null : ledger.availableFrom(earn.getId());
        Date availableFrom = earnAvailableFrom != null ? earnAvailableFrom
                : order.getSubmitDate() == null ? null : program.availableFrom(order.getSubmitDate());
        return availableFrom != null && !availableFrom.after(now);
    }

    private Optional<ReferralRefusal> addressRefusal(Long orderId, Long referrerId) {
        List<ShippingAddress> referrers = new ArrayList<ShippingAddress>();
        for (Address address : orders.readShippingAddressesOfCustomer(referrerId)) {
            referrers.add(of(address));
        }
        for (Address address : orders.readShippingAddresses(orderId)) {
            Optional<ReferralRefusal> refusal = rules.checkReward(of(address), referrers);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    static ShippingAddress of(Address address) {
        String country = address.getCountry() == null ? null : address.getCountry().getAbbreviation();
        return new ShippingAddress(address.getAddressLine1(), address.getPostalCode(), address.getCity(), country);
    }

    private void credit(Long customerId, long points, String sourceType, Referral referral, String reason) {
        if (points <= 0 || customerId == null) {
            return;
        }
        Date now = SystemTime.asDate();
        ledger.credit(Posting.of(customerId, PointsEntryType.BONUS, points, sourceType, referral.getId())
                .reason(reason).availability(now, program.expiresAt(now)));
    }

    public void setReferrerPoints(long referrerPoints) {
        this.referrerPoints = referrerPoints;
    }

    public void setRefereePoints(long refereePoints) {
        this.refereePoints = refereePoints;
    }

    /** Counts of one run. */
    public static final class Decisions {
        private int rewarded;
        private int refused;

        void count(ReferralStatus status) {
            if (status == ReferralStatus.REWARDED) {
                rewarded++;
            } else if (status == ReferralStatus.REFUSED) {
                refused++;
            }
        }

        public int getRewarded() {
            return rewarded;
        }

        public int getRefused() {
            return refused;
        }
    }
}
