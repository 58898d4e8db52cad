package com.broadleafloyalty.demo.payment;

import org.broadleafcommerce.common.payment.PaymentGatewayType;

/** The demo shop's own test gateway: no card data, no outside calls. */
public class DemoPaymentGatewayType extends PaymentGatewayType {

    private static final long serialVersionUID = 1L;

    public static final PaymentGatewayType DEMO_WALLET = new DemoPaymentGatewayType("DEMO_WALLET", "Demo wallet");

    public DemoPaymentGatewayType(String type, String friendlyType) {
        super(type, friendlyType);
    }
}
