package com.broadleafloyalty.lifecycle.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;

import java.util.Date;

import javax.annotation.Resource;

/** Runs the lifecycle emails one after the other; each is its own bean with its own settings. */
public class LifecycleMailJobImpl implements LifecycleMailJob {

    private static final Log LOG = LogFactory.getLog(LifecycleMailJobImpl.class);

    @Resource(name = "blLoyaltyWelcomeMail")
    protected WelcomeMail welcome;

    @Resource(name = "blLoyaltyAbandonedCartMail")
    protected AbandonedCartMail abandonedCart;

    @Resource(name = "blLoyaltyPostPurchaseMail")
    protected PostPurchaseMail postPurchase;

    @Resource(name = "blLoyaltyWinBackMail")
    protected WinBackMail winBack;

    @Resource(name = "blLoyaltyDigestMail")
    protected DigestMail digest;

    @Override
    public int run() {
        return runAt(SystemTime.asDate());
    }

    @Override
    public int runAt(Date now) {
        int sent = welcome.sendDue(now) + abandonedCart.sendDue(now) + postPurchase.sendDue(now)
                + winBack.sendDue(now) + digest.sendDue(now);
        if (sent > 0) {
            LOG.info("Lifecycle emails: " + sent + " sent");
        }
        return sent;
    }

    @Override
    public int sendWelcomes() {
        return welcome.sendDue(SystemTime.asDate());
    }

    @Override
    public int sendAbandonedCartReminders() {
        return abandonedCart.sendDue(SystemTime.asDate());
    }

    @Override
    public int sendPostPurchaseFollowUps() {
        return postPurchase.sendDue(SystemTime.asDate());
    }

    @Override
    public int sendWinBacks() {
        return winBack.sendDue(SystemTime.asDate());
    }

    @Override
    public int sendDigests() {
        return digest.sendDue(SystemTime.asDate());
    }

    @Override
    public boolean sendWinBackTo(Long customerId) {
        return winBack.sendTo(customerId);
    }
}
