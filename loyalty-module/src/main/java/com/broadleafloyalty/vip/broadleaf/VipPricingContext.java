package com.broadleafloyalty.vip.broadleaf;

/**
 * Whose order is being priced, for {@link VipOfferFilterExtensionHandler}: Broadleaf's
 * {@code applyAdditionalFilters(offers)} does not pass the order. Set by {@link VipPricingActivity} just before
 * Broadleaf's offer activity and cleared by {@link VipPricingEndActivity} just after its shipping offer activity. Outside that window the filter
 * knows no customer and treats the shopper as a guest: restricted offers are dropped (fail closed).
 */
public final class VipPricingContext {

    /** A one-element holder, so a guest (null id) inside the window differs from no window at all. */
    private static final ThreadLocal<Long[]> CUSTOMER = new ThreadLocal<Long[]>();

    private VipPricingContext() {
    }

    static void begin(Long customerId) {
        CUSTOMER.set(new Long[] {customerId});
    }

    static void end() {
        CUSTOMER.remove();
    }

    /** The registered customer being priced, or null (a guest, or outside pricing). */
    static Long customerId() {
        Long[] holder = CUSTOMER.get();
        return holder == null ? null : holder[0];
    }
}
