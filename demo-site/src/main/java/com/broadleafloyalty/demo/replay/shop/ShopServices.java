package com.broadleafloyalty.demo.replay.shop;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.service.CustomerService;

/** The Broadleaf services the replay drives, by their bean ids. */
public final class ShopServices {

    private final ReplayShop shop;

    public ShopServices(ReplayShop shop) {
        this.shop = shop;
    }

    public CatalogService catalog() {
        return shop.bean("blCatalogService", CatalogService.class);
    }

    public CustomerService customers() {
        return shop.bean("blCustomerService", CustomerService.class);
    }

    public OrderService orders() {
        return shop.bean("blOrderService", OrderService.class);
    }

    public OrderPaymentService payments() {
        return shop.bean("blOrderPaymentService", OrderPaymentService.class);
    }

    public CheckoutService checkout() {
        return shop.bean("blCheckoutService", CheckoutService.class);
    }
}
