package com.broadleafloyalty.demo.replay.shop;

import com.broadleafloyalty.demo.replay.history.Invoice;
import com.broadleafloyalty.demo.replay.history.InvoiceItem;
import com.broadleafloyalty.demo.replay.measure.CheckoutMeter;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places one invoice as a shopper would, in two requests: the cart (a new cart, the items through Broadleaf's
 * add-item workflow, priced once after the last item, and a captured payment for the total as a gateway records it),
 * then the checkout through {@code blCheckoutService.performCheckout}, which {@link CheckoutMeter} measures. The cart
 * is filled in one transaction (a shopper's add-to-cart clicks would each commit): several times faster on large
 * invoices and the same cart; the checkout request runs exactly as the storefront runs it.
 */
public final class OrderPlacer {

    private final ShopServices services;
    private final RequestScope scope;
    private final ReplayCatalog catalog;
    private final CheckoutMeter meter;
    private long lastOrderNanos;

    public OrderPlacer(ShopServices services, RequestScope scope, ReplayCatalog catalog, CheckoutMeter meter) {
        this.services = services;
        this.scope = scope;
        this.catalog = catalog;
        this.meter = meter;
    }

    public PlacedOrder place(Long customerId, Invoice invoice) throws Exception {
        long start = System.nanoTime();
        Long orderId = scope.callInOneTransaction(() -> paidCart(customerId, invoice));
        PlacedOrder placed = scope.call(() -> checkout(orderId));
        lastOrderNanos = System.nanoTime() - start;
        return placed;
    }

    /** Whole-order time of the last order placed: both requests. */
    public long lastOrderNanos() {
        return lastOrderNanos;
    }

    public CheckoutMeter meter() {
        return meter;
    }

    private Long paidCart(Long customerId, Invoice invoice) throws Exception {
        OrderService orders = services.orders();
        Order cart = orders.createNewCartForCustomer(services.customers().readCustomerById(customerId));
        List<InvoiceItem> items = invoice.getItems();
        for (int i = 0; i < items.size(); i++) {
            OrderItemRequestDTO request = new OrderItemRequestDTO();
            request.setSkuId(catalog.skuId(items.get(i).key()));
            request.setProductId(catalog.productId(items.get(i).key()));
            request.setQuantity(items.get(i).getQuantity());
            cart = orders.addItem(cart.getId(), request, i == items.size() - 1);
        }
        return payInFull(cart).getId();
    }

    private Order payInFull(Order order) throws Exception {
        OrderPaymentService payments = services.payments();
        OrderPayment payment = payments.create();
        payment.setOrder(order);
        payment.setAmount(order.getTotal());
        payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        PaymentTransaction transaction = payments.createTransaction();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(order.getTotal());
        transaction.setSuccess(true);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        services.orders().addPaymentToOrder(order, payment, null);
        return services.orders().save(order, false);
    }

    private PlacedOrder checkout(Long orderId) throws Exception {
        CheckoutService checkoutService = services.checkout();
        Order cart = services.orders().findOrderById(orderId);
        Order order = meter.measure(() -> checkoutService.performCheckout(cart).getOrder());
        Map<String, Long> itemIds = new HashMap<String, Long>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem) {
                itemIds.put(catalog.keyOfSku(((DiscreteOrderItem) item).getSku().getId()), item.getId());
            }
        }
        return new PlacedOrder(order.getId(), itemIds);
    }
}
