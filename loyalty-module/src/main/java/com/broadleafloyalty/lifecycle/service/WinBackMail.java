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
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Date;

import javax.annotation.Resource;

/**
 * Win-back: a customer in the "At risk" or "Hibernating" segment or the "At risk of disappointment" phase gets one
 * email per period, with bonus points when configured (credited once per customer and period, after the mail went).
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
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.WIN_BACK,
                    LifecycleTriggers.winBackKey(customerId, period), email)
                    .with("bonusPoints", bonusPoints)
                    .with("balance", points.getBalance(customerId) + bonusPoints);
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

    public void setIdleDays(int idleDays) {
        this.idleDays = idleDays;
    }

    public void setPeriodDays(int periodDays) {
        this.periodDays = periodDays;
    }

    public void setBonusPoints(long bonusPoints) {
        this.bonusPoints = bonusPoints;
    }
}
