package com.broadleafloyalty.campaign.dao;

import com.broadleafloyalty.campaign.core.CampaignStatus;
import com.broadleafloyalty.campaign.core.RecipientStatus;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.domain.CampaignImpl;
import com.broadleafloyalty.campaign.domain.CampaignRecipient;
import com.broadleafloyalty.campaign.domain.CampaignRecipientImpl;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class CampaignDaoImpl implements CampaignDao {

    private static final String CAMPAIGN = CampaignImpl.class.getName();
    private static final String RECIPIENT = CampaignRecipientImpl.class.getName();
    private static final String ORDER = "org.broadleafcommerce.core.order.domain.OrderImpl";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Campaign create() {
        return new CampaignImpl();
    }

    @Override
    public Campaign save(Campaign campaign) {
        if (campaign.getId() == null) {
            em.persist(campaign);
            return campaign;
        }
        return em.merge(campaign);
    }

    @Override
    public Campaign read(Long campaignId) {
        return em.find(CampaignImpl.class, campaignId);
    }

    @Override
    public Campaign lock(Long campaignId) {
        return em.find(CampaignImpl.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Campaign> readRecent(int limit) {
        return em.createQuery("SELECT c FROM " + CAMPAIGN + " c ORDER BY c.id DESC", Campaign.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> readDueIds(Date now) {
        return em.createQuery("SELECT c.id FROM " + CAMPAIGN + " c WHERE (c.status = :scheduled AND c.scheduledAt <= :now)"
                + " OR c.status = :sending ORDER BY c.id", Long.class)
                .setParameter("scheduled", CampaignStatus.SCHEDULED.name())
                .setParameter("sending", CampaignStatus.SENDING.name())
                .setParameter("now", now).getResultList();
    }

    @Override
    public List<Long> readCustomersWithLastOrderBefore(Date before) {
        return em.createQuery("SELECT o.customer.id FROM " + ORDER + " o WHERE o.submitDate IS NOT NULL"
                + " AND o.customer.registered = true GROUP BY o.customer.id HAVING MAX(o.submitDate) < :before"
                + " ORDER BY o.customer.id", Long.class).setParameter("before", before).getResultList();
    }

    @Override
    public List<Long> readCustomersWithLastOrderFrom(Date from) {
        return em.createQuery("SELECT o.customer.id FROM " + ORDER + " o WHERE o.submitDate IS NOT NULL"
                + " AND o.customer.registered = true GROUP BY o.customer.id HAVING MAX(o.submitDate) >= :from"
                + " ORDER BY o.customer.id", Long.class).setParameter("from", from).getResultList();
    }

    @Override
    public Date readLastOrderDate(Long customerId) {
        return em.createQuery("SELECT MAX(o.submitDate) FROM " + ORDER + " o WHERE o.customer.id = :customerId"
                + " AND o.submitDate IS NOT NULL", Date.class).setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public void insertRecipient(CampaignRecipient recipient) {
        em.persist(recipient);
    }

    @Override
    public CampaignRecipient readRecipient(Long recipientId) {
        return em.find(CampaignRecipientImpl.class, recipientId);
    }

    /** The one condition for "a sender may take this recipient", shared by the read and the conditional claim. */
    private static final String SENDABLE = "(r.status = :pending OR (r.status = :claimed AND r.claimedAt < :staleBefore)"
            + " OR (r.status = :willRetry AND r.retryAt <= :now))";

    @Override
    public List<CampaignRecipient> readSendable(Long campaignId, Date staleBefore, Date now, int limit) {
        return em.createQuery("SELECT r FROM " + RECIPIENT + " r WHERE r.campaignId = :campaignId AND " + SENDABLE
                + " ORDER BY r.id", CampaignRecipient.class)
                .setParameter("campaignId", campaignId)
                .setParameter("pending", RecipientStatus.PENDING.name())
                .setParameter("claimed", RecipientStatus.CLAIMED.name())
                .setParameter("willRetry", RecipientStatus.WILL_RETRY.name())
                .setParameter("staleBefore", staleBefore)
                .setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claim(Long recipientId, Date claimedBefore, Date now) {
        return em.createQuery("UPDATE " + RECIPIENT + " r SET r.status = :claimed, r.claimedAt = :now"
                + " WHERE r.id = :id AND " + SENDABLE)
                .setParameter("claimed", RecipientStatus.CLAIMED.name())
                .setParameter("pending", RecipientStatus.PENDING.name())
                .setParameter("willRetry", RecipientStatus.WILL_RETRY.name())
                .setParameter("now", now)
                .setParameter("id", recipientId)
                .setParameter("staleBefore", claimedBefore)
                .executeUpdate() == 1;
    }

    @Override
    public Map<String, Long> countByStatus(Long campaignId) {
        List<Object[]> rows = em.createQuery("SELECT r.status, COUNT(r.id) FROM " + RECIPIENT
                + " r WHERE r.campaignId = :campaignId GROUP BY r.status", Object[].class)
                .setParameter("campaignId", campaignId).getResultList();
        Map<String, Long> counts = new HashMap<String, Long>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Object[] readOrderResults(Long campaignId) {
        return em.createQuery("SELECT COUNT(DISTINCT r.customerId), SUM(o.total) FROM " + RECIPIENT + " r, " + ORDER
                + " o WHERE r.campaignId = :campaignId AND r.status = :sent AND o.customer.id = r.customerId"
                + " AND o.submitDate IS NOT NULL AND o.status <> 'CANCELLED' AND o.submitDate >= r.sentAt"
                + " AND o.submitDate <= r.orderWindowEnd", Object[].class)
                .setParameter("campaignId", campaignId)
                .setParameter("sent", RecipientStatus.SENT.name())
                .getSingleResult();
    }
}
