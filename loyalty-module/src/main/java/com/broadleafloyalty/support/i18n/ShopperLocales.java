package com.broadleafloyalty.support.i18n;

import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The language a shopper reads their emails in: their account's locale ({@code Customer.customerLocale}, set at
 * registration), else the locale of their latest submitted order, else the shop's default {@code BLC_LOCALE}.
 */
public class ShopperLocales {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    /** Broadleaf's locale row for the shopper, or null when the shop has no locales at all. */
    public Locale localeOf(Customer customer) {
        if (customer != null && customer.getCustomerLocale() != null) {
            return customer.getCustomerLocale();
        }
        Locale ordered = customer == null || customer.getId() == null ? null : latestOrderLocale(customer.getId());
        return ordered != null ? ordered : localeService.findDefaultLocale();
    }

    /**
     * For an email about the order being placed, which is the latest order: the account's locale, else that order's,
     * else the request's (checkout runs in the shopper's request), else null (the server's own locale: an order placed
     * outside a storefront request and without a locale). Reads nothing the checkout has not loaded already.
     */
    public Locale localeOfOrder(Customer customer, Locale orderLocale) {
        if (customer != null && customer.getCustomerLocale() != null) {
            return customer.getCustomerLocale();
        }
        if (orderLocale != null) {
            return orderLocale;
        }
        return BroadleafRequestContext.hasLocale() ? BroadleafRequestContext.getBroadleafRequestContext().getLocale()
                : null;
    }

    private Locale latestOrderLocale(Long customerId) {
        List<Locale> locales = em.createQuery("SELECT o.locale FROM org.broadleafcommerce.core.order.domain.OrderImpl o"
                + " WHERE o.customer.id = :customerId AND o.locale IS NOT NULL AND o.submitDate IS NOT NULL"
                + " ORDER BY o.submitDate DESC", Locale.class)
                .setParameter("customerId", customerId)
                .setMaxResults(1)
                .getResultList();
        return locales.isEmpty() ? null : locales.get(0);
    }
}
