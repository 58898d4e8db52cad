package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.lifecycle.dao.LifecycleDao;
import com.broadleafloyalty.support.i18n.ShopperLocales;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.annotation.Resource;

/**
 * One lifecycle email: finds its due triggers page by page (ids ascending) and sends each through the engagement
 * door, which keeps it to once per trigger across nodes. Each email is its own bean with its own settings.
 */
public abstract class LifecycleMail {

    protected static final Log LOG = LogFactory.getLog(LifecycleMail.class);
    private static final int PAGE = 200;

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyLifecycleDao")
    protected LifecycleDao dao;

    @Resource(name = "blLoyaltyShopperLocales")
    protected ShopperLocales shopperLocales;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected boolean enabled = true;

    /** Sends what is due at {@code now}; returns how many emails went. */
    public int sendDue(Date now) {
        return enabled && mails.canSend(category()) ? sendDueTriggers(now) : 0;
    }

    protected abstract MailCategory category();

    protected abstract int sendDueTriggers(Date now);

    /** Reads the triggers a page at a time ({@code page} gets the last id seen) and counts the sends that went. */
    protected int eachPage(Function<Long, List<Long>> page, Predicate<Long> send) {
        int sent = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<Long> ids = read(() -> page.apply(from));
            for (Long id : ids) {
                if (send.test(id)) {
                    sent++;
                }
            }
            if (ids.size() < PAGE) {
                return sent;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    protected static int pageSize() {
        return PAGE;
    }

    protected static java.util.Locale javaLocale(Locale locale) {
        return locale == null ? java.util.Locale.getDefault()
                : BroadleafRequestContext.convertLocaleToJavaLocale(locale);
    }

    protected <T> T read(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
