package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.core.Throttle;
import com.broadleafloyalty.campaign.dao.CampaignDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Runs once a minute on every node: starts the scheduled campaigns whose time has come and sends at most the
 * throttle's mails per run, oldest campaign first. Safe on several nodes at once (see {@link CampaignSender}).
 */
public class CampaignSendJobImpl implements CampaignSendJob {

    private static final Log LOG = LogFactory.getLog(CampaignSendJobImpl.class);

    @Resource(name = "blLoyaltyCampaignDao")
    protected CampaignDao dao;

    @Resource(name = "blLoyaltyCampaignSender")
    protected CampaignSender sender;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected Throttle throttle = new Throttle(60);

    @Override
    public int run() {
        Date now = SystemTime.asDate();
        TransactionTemplate read = new TransactionTemplate(transactionManager);
        read.setReadOnly(true);
        List<Long> due = read.execute(status -> dao.readDueIds(now));
        int sent = 0;
        int allowance = throttle.getMailsPerMinute();
        for (Long campaignId : due) {
            sender.start(campaignId, now);
            if (allowance > 0) {
                int went = sender.sendSome(campaignId, allowance);
                sent += went;
                allowance -= went;
            }
        }
        if (sent > 0) {
            LOG.info("Campaign emails: " + sent + " sent");
        }
        return sent;
    }

    public void setThrottle(Throttle throttle) {
        this.throttle = throttle;
    }
}
