package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.core.FrequencyCap;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailLinkRefusedException;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.core.RecentEngagement;
import com.broadleafloyalty.engagement.core.Unsubscriptions;
import com.broadleafloyalty.engagement.dao.EngagementDao;
import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.EngagementMail;
import com.broadleafloyalty.engagement.domain.EngagementMailImpl;
import com.broadleafloyalty.support.i18n.ShopperEmails;
import com.broadleafloyalty.support.persistence.SeparatePersistenceContext;
import com.broadleafloyalty.support.privacy.ErasedCustomers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

/**
 * Sends in three steps: a short transaction that locks the customer's engagement row (so two nodes serialise on one
 * customer), checks unsubscribe, trigger key and cap and inserts the mail row; then the send, outside any transaction;
 * on a mail failure the row is deleted again, so the next run retries the trigger.
 */
public class EngagementMailServiceImpl implements EngagementMailService {

    private static final Log LOG = LogFactory.getLog(EngagementMailServiceImpl.class);

    @Resource(name = "blLoyaltyEngagementDao")
    protected EngagementDao dao;

    @Resource(name = "blLoyaltyShopperEmails")
    protected ShopperEmails shopperEmails;

    @Resource(name = "blLoyaltyPrivacyService")
    protected ErasedCustomers erasedCustomers;

    @Resource(name = "blMessageCreator")
    protected MessageCreator messageCreator;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory entityManagerFactory;

    /** Set from the site's secret; made (with a random secret and a warning) only when none is configured. */
    protected LinkSigner signer;
    protected String baseUrl = "http://localhost:8080";
    protected FrequencyCap cap = new FrequencyCap(3, 7);
    protected Set<MailCategory> disabledCategories = EnumSet.noneOf(MailCategory.class);

    @Override
    public MailOutcome send(OutgoingMail mail) {
        Customer customer = mail.getCustomer();
        if (!canSend(mail.getCategory()) || customer.getId() == null || customer.getEmailAddress() == null
                || customer.getEmailAddress().trim().isEmpty() || erasedCustomers.isErased(customer.getId())) {
            return MailOutcome.NOT_SENDABLE;
        }
        Claim claim;
        try {
            claim = separately(() -> claim(mail));
        } catch (RuntimeException e) {
            if (wasSent(mail.getTriggerKey())) {
                // Another node inserted the same trigger key between our check and our insert.
                return MailOutcome.ALREADY_SENT;
            }
            throw e;
        }
        if (claim.outcome != MailOutcome.SENT) {
            return claim.outcome;
        }
        Map<String, Object> model = new HashMap<String, Object>(mail.getModel());
        model.put("mailLinks", new MailLinks(baseUrl, claim.mailId, signer()));
        try {
            if (mail.getOrderLocale() != null) {
                shopperEmails.send(customer, mail.getOrderLocale(), mail.getEmail(), model, false);
            } else {
                shopperEmails.send(customer, mail.getEmail(), model, false);
            }
            return MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.warn("Could not send the " + mail.getCategory() + " email " + mail.getTriggerKey() + " to customer "
                    + customer.getId() + " (" + e + "); the next run retries it");
            LOG.debug("Mail failure", e);
            separately(() -> release(customer.getId(), claim.mailId));
            return MailOutcome.FAILED;
        }
    }

    private Claim claim(OutgoingMail mail) {
        Long customerId = mail.getCustomer().getId();
        ensureEngagementRow(customerId);
        return inTransaction(() -> {
            CustomerEngagement engagement = dao.lockEngagement(customerId);
            if (Unsubscriptions.parse(engagement.getUnsubscribed()).contains(mail.getCategory())
                    || (mail.getCategory().isOptIn() && !engagement.isDigestOptIn())) {
                return new Claim(MailOutcome.UNSUBSCRIBED, null);
            }
            if (dao.isTriggerTaken(mail.getTriggerKey())) {
                return new Claim(MailOutcome.ALREADY_SENT, null);
            }
            Date now = SystemTime.asDate();
            if (!cap.isOff() && !cap.allows(dao.countSentSince(customerId, cap.windowStart(now)))) {
                return new Claim(MailOutcome.CAPPED, null);
            }
            EngagementMail row = new EngagementMailImpl();
            row.setCustomerId(customerId);
            row.setCategory(mail.getCategory().name());
            row.setTriggerKey(mail.getTriggerKey());
            row.setSentAt(now);
            dao.insertMail(row);
            engagement.setMailsSent(engagement.getMailsSent() + 1);
            engagement.setLastSentAt(now);
            return new Claim(MailOutcome.SENT, row.getId());
        });
    }

    /** The row to lock: made once per customer; a concurrent maker's row is as good as ours. */
    private void ensureEngagementRow(Long customerId) {
        if (inTransaction(() -> dao.readEngagement(customerId)) != null) {
            return;
        }
        try {
            inTransaction(() -> dao.createEngagement(customerId));
        } catch (RuntimeException e) {
            // Made by another thread or node meanwhile (a unique id); if not, locking it next fails loudly.
            LOG.debug("Engagement row of customer " + customerId + " not inserted here", e);
        }
    }

    private Void release(Long customerId, Long mailId) {
        inTransaction(() -> {
            dao.deleteMail(mailId);
            CustomerEngagement engagement = dao.lockEngagement(customerId);
            if (engagement != null && engagement.getMailsSent() > 0) {
                engagement.setMailsSent(engagement.getMailsSent() - 1);
            }
            return null;
        });
        return null;
    }

    @Override
    public boolean canSend(MailCategory category) {
        return messageCreator != null && !(messageCreator instanceof NullMessageCreator)
                && !disabledCategories.contains(category);
    }

    @Override
    public boolean wasSent(String triggerKey) {
        return inTransaction(() -> dao.isTriggerTaken(triggerKey));
    }

    @Override
    public Unsubscriptions unsubscriptions(Long customerId) {
        CustomerEngagement engagement = engagementOf(customerId);
        return engagement == null ? Unsubscriptions.none() : Unsubscriptions.parse(engagement.getUnsubscribed());
    }

    @Override
    public void unsubscribe(Long customerId, MailCategory category) {
        changeSubscription(customerId, category, true);
    }

    @Override
    public void resubscribe(Long customerId, MailCategory category) {
        changeSubscription(customerId, category, false);
    }

    private void changeSubscription(Long customerId, MailCategory category, boolean unsubscribe) {
        separately(() -> {
            ensureEngagementRow(customerId);
            return inTransaction(() -> {
                CustomerEngagement engagement = dao.lockEngagement(customerId);
                Unsubscriptions now = Unsubscriptions.parse(engagement.getUnsubscribed());
                engagement.setUnsubscribed((unsubscribe ? now.with(category) : now.without(category)).format());
                if (unsubscribe && category.isOptIn()) {
                    engagement.setDigestOptIn(false); // the preferences page shows the digest off again
                }
                return null;
            });
        });
    }

    @Override
    public MailPreferences preferencesOf(Long customerId) {
        CustomerEngagement engagement = engagementOf(customerId);
        Unsubscriptions unsubscriptions = engagement == null ? Unsubscriptions.none()
                : Unsubscriptions.parse(engagement.getUnsubscribed());
        return new MailPreferences(choices(), unsubscriptions, !disabledCategories.contains(MailCategory.DIGEST),
                engagement != null && engagement.isDigestOptIn() && !unsubscriptions.contains(MailCategory.DIGEST));
    }

    /** The opt-out categories the shop sends (a category it switched off is no choice). */
    private List<MailCategory> choices() {
        List<MailCategory> choices = new ArrayList<MailCategory>();
        for (MailCategory category : MailCategory.optOutChoices()) {
            if (!disabledCategories.contains(category)) {
                choices.add(category);
            }
        }
        return Collections.unmodifiableList(choices);
    }

    @Override
    public void savePreferences(Long customerId, Set<MailCategory> wanted, boolean digest) {
        List<MailCategory> choices = choices();
        for (MailCategory category : wanted) {
            if (!choices.contains(category)) {
                throw new IllegalArgumentException("Not a category the shopper chooses: " + category);
            }
        }
        separately(() -> {
            ensureEngagementRow(customerId);
            return inTransaction(() -> {
                CustomerEngagement engagement = dao.lockEngagement(customerId);
                Unsubscriptions now = Unsubscriptions.parse(engagement.getUnsubscribed());
                for (MailCategory category : choices) {
                    now = wanted.contains(category) ? now.without(category) : now.with(category);
                }
                if (digest) {
                    now = now.without(MailCategory.DIGEST);
                }
                engagement.setUnsubscribed(now.format());
                engagement.setDigestOptIn(digest);
                return null;
            });
        });
    }

    @Override
    public List<Long> digestSubscribers(Long afterCustomerId, int limit) {
        return inTransaction(() -> dao.readDigestSubscribers(afterCustomerId, limit));
    }

    @Override
    public boolean isEngaged(Long customerId) {
        CustomerEngagement engagement = engagementOf(customerId);
        return engagement != null && RecentEngagement.isEngaged(engagement.getLastOpenedAt(),
                engagement.getLastClickedAt(), SystemTime.asDate());
    }

    @Override
    public CustomerEngagement engagementOf(Long customerId) {
        return inTransaction(() -> dao.readEngagement(customerId));
    }

    @Override
    public List<EngagementMail> mailsOf(Long customerId, int limit) {
        List<EngagementMail> mails = inTransaction(() -> dao.readMails(customerId, limit));
        return mails == null ? Collections.<EngagementMail>emptyList() : mails;
    }

    @Override
    public boolean recordOpen(Long mailId, String signature) {
        if (mailId == null || !signer().verify(LinkSigner.open(mailId), signature)) {
            return false;
        }
        return separately(() -> inTransaction(() -> {
            EngagementMail mail = dao.readMail(mailId);
            if (mail == null) {
                return false;
            }
            Date now = SystemTime.asDate();
            CustomerEngagement engagement = dao.lockEngagement(mail.getCustomerId());
            if (mail.getOpenedAt() == null) {
                mail.setOpenedAt(now);
            }
            mail.setOpens(mail.getOpens() + 1);
            if (engagement != null) {
                engagement.setOpens(engagement.getOpens() + 1);
                engagement.setLastOpenedAt(now);
            }
            return true;
        }));
    }

    @Override
    public String recordClick(Long mailId, String target, String signature) {
        if (mailId == null || target == null || !signer().verify(LinkSigner.click(mailId, target), signature)) {
            throw new MailLinkRefusedException("loyalty.engagement.link.forged");
        }
        if (!target.startsWith("http://") && !target.startsWith("https://")) {
            throw new MailLinkRefusedException("loyalty.engagement.link.forged");
        }
        boolean known = separately(() -> inTransaction(() -> {
            EngagementMail mail = dao.readMail(mailId);
            if (mail == null) {
                return false;
            }
            Date now = SystemTime.asDate();
            CustomerEngagement engagement = dao.lockEngagement(mail.getCustomerId());
            if (mail.getClickedAt() == null) {
                mail.setClickedAt(now);
            }
            if (mail.getOpenedAt() == null) {
                mail.setOpenedAt(now); // a click proves the mail was opened, pixel or not
            }
            mail.setClicks(mail.getClicks() + 1);
            if (engagement != null) {
                engagement.setClicks(engagement.getClicks() + 1);
                engagement.setLastClickedAt(now);
            }
            return true;
        }));
        if (!known) {
            LOG.debug("Click on a signed link of mail " + mailId + ", which no longer exists");
        }
        return target;
    }

    @Override
    public MailCategory categoryOfUnsubscribeLink(Long mailId, String signature) {
        return MailCategory.parse(linkedMail(mailId, signature).getCategory());
    }

    @Override
    public MailCategory unsubscribeByLink(Long mailId, String signature) {
        EngagementMail mail = linkedMail(mailId, signature);
        MailCategory category = MailCategory.parse(mail.getCategory());
        unsubscribe(mail.getCustomerId(), category);
        return category;
    }

    /** The mail an unsubscribe link names, when its signature matches and the mail and its category are known. */
    private EngagementMail linkedMail(Long mailId, String signature) {
        if (mailId == null || !signer().verify(LinkSigner.unsubscribe(mailId), signature)) {
            throw new MailLinkRefusedException("loyalty.engagement.link.forged");
        }
        EngagementMail mail = inTransaction(() -> dao.readMail(mailId));
        if (mail == null || MailCategory.parse(mail.getCategory()) == null) {
            throw new MailLinkRefusedException("loyalty.engagement.link.unknownMail");
        }
        return mail;
    }

    private synchronized LinkSigner signer() {
        if (signer == null) {
            signer = new LinkSigner(null);
        }
        return signer;
    }

    private <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    private <T> T separately(Supplier<T> work) {
        return SeparatePersistenceContext.call(entityManagerFactory, work);
    }

    public void setSigner(LinkSigner signer) {
        this.signer = signer;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public void setCap(FrequencyCap cap) {
        this.cap = cap;
    }

    /** Category names separated by commas that send nothing (e.g. "DIGEST,WIN_BACK"). */
    public void setDisabledCategories(String names) {
        EnumSet<MailCategory> disabled = EnumSet.noneOf(MailCategory.class);
        for (MailCategory category : Unsubscriptions.parse(names).categories()) {
            disabled.add(category);
        }
        this.disabledCategories = disabled;
    }

    private static final class Claim {
        final MailOutcome outcome;
        final Long mailId;

        Claim(MailOutcome outcome, Long mailId) {
            this.outcome = outcome;
            this.mailId = mailId;
        }
    }
}
