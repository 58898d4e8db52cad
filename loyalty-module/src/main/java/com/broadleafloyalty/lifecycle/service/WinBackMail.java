package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.vip.core.VipRuleRefusedException;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Resource;

/**
 * Win-back: a customer in the "At risk" or "Hibernating" segment or the "At risk of disappointment" phase gets one
 * email per period, with bonus points when configured (credited once per customer and period, after the mail went)
 * and the customer's personal one-use code for {@code loyalty.lifecycle.winback.offer.id} when one is set. A customer
 * who had last period's win-back and opened or clicked one of our emails since is not sent another.
 */
public class WinBackMail extends LifecycleMail {

    @Resource(name = "blLoyaltyWinBackEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segments;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    protected int idleDays = 60;
    protected int periodDays = 90;
    protected long bonusPoints = 0;
    protected Long offerId;
    private final Set<Long> offersWarnedAbout = ConcurrentHashMap.newKeySet();

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vip;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Override
    protected MailCategory category() {
        return MailCategory.WIN_BACK;
    }

    @Override
    protected int sendDueTriggers(Date now) {
        Date before = LifecycleTriggers.lastOrderBefore(now, idleDays);
        long period = LifecycleTriggers.winBackPeriod(now, periodDays);
        return eachPage(after -> dao.readCustomersWithLastOrderBefore(before, after, pageSize()),
                customerId -> !mails.wasSent(LifecycleTriggers.winBackKey(customerId, period))
                        && send(customerId, period));
    }

    /** The win-back for one customer, if they are drifting away and had none this period. */
    public boolean sendTo(Long customerId) {
        long period = LifecycleTriggers.winBackPeriod(SystemTime.asDate(), periodDays);
        return enabled && mails.canSend(MailCategory.WIN_BACK)
                && !mails.wasSent(LifecycleTriggers.winBackKey(customerId, period)) && send(customerId, period);
    }

    private boolean send(Long customerId, long period) {
        try {
            CustomerSegmentView view = segments.viewOf(customerId);
            if (view == null || !view.isScored()
                    || !LifecycleTriggers.isDriftingAway(view.getSegmentCode(), view.getLifecyclePhaseCode())) {
                return false;
            }
            if (!LifecycleTriggers.isWinBackRepeatWanted(
                    mails.wasSent(LifecycleTriggers.winBackKey(customerId, period - 1)), mails.isEngaged(customerId))) {
                return false;
            }
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null || mails.unsubscriptions(customerId).contains(MailCategory.WIN_BACK)) {
                return false; // no personal code is made for a customer who will not get the email
            }
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.WIN_BACK,
                    LifecycleTriggers.winBackKey(customerId, period), email)
                    .with("bonusPoints", bonusPoints)
                    .with("balance", points.getBalance(customerId) + bonusPoints);
            PersonalOffer offer = personalOffer(customerId);
            if (offer != null) {
                mail.with("offerCode", offer.code).with("offerText", offer.text);
            }
            if (mails.send(mail) != MailOutcome.SENT) {
                return false;
            }
            if (bonusPoints > 0) {
                // Once per customer and period (the ledger's unique source key), and only for a mail that went.
                ledger.credit(Posting.of(customerId, PointsEntryType.BONUS, bonusPoints, "WINBACK_" + period,
                        customerId).reason("Win-back bonus"));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("Win-back email to customer " + customerId + " failed", e);
            return false;
        }
    }

    /**
     * The customer's personal one-use code for the configured offer (the same code each time it is asked), with what
     * the offer gives; null when no offer is set. An unknown offer is logged once and the email goes without a code.
     */
    private PersonalOffer personalOffer(Long customerId) {
        Long offer = offerId;
        if (offer == null) {
            return null;
        }
        String code;
        try {
            code = codeFor(offer, customerId);
        } catch (VipRuleRefusedException e) {
            if (offersWarnedAbout.add(offer)) {
                LOG.warn("loyalty.lifecycle.winback.offer.id=" + offer + " names no Broadleaf offer: win-back emails "
                        + "go without a personal code");
            }
            return null;
        }
        String text = read(() -> {
            Offer found = offerDao.readOfferById(offer);
            if (found == null) {
                return null;
            }
            return found.getMarketingMessage() != null ? found.getMarketingMessage()
                    : found.getDescription() != null ? found.getDescription() : found.getName();
        });
        return new PersonalOffer(code, text);
    }

    /** Two nodes making the customer's first code at once: the loser's transaction fails, and asking again reads it. */
    private String codeFor(Long offer, Long customerId) {
        try {
            return vip.personalCodeFor(offer, customerId, "win-back");
        } catch (VipRuleRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debug("Personal code for customer " + customerId + " made elsewhere meanwhile; reading it", e);
            return vip.personalCodeFor(offer, customerId, "win-back");
        }
    }

    /** {@code loyalty.lifecycle.winback.offer.id}: a Broadleaf offer id, or empty for none. */
    public void setOfferId(String offerId) {
        String id = offerId == null ? "" : offerId.trim();
        if (id.isEmpty()) {
            this.offerId = null;
        } else if (id.matches("[0-9]{1,18}")) {
            this.offerId = Long.valueOf(id);
        } else {
            LOG.warn("loyalty.lifecycle.winback.offer.id=" + id + " is not an offer id: win-back emails go without a "
                    + "personal code");
            this.offerId = null;
        }
    }

    public void setIdleDays(int idleDays) {
        this.idleDays = idleDays;
    }

    public void setPeriodDays(int periodDays) {
        this.periodDays = periodDays;
    }

    public void setBonusPoints(long bonusPoints) {
        this.bonusPoints = bonusPoints;
    }

    private static final class PersonalOffer {
        final String code;
        final String text;

        PersonalOffer(String code, String text) {
            this.code = code;
            this.text = text;
        }
    }
}
