package com.broadleafloyalty.test;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.math.BigDecimal;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/** Builds shop state through Broadleaf's own services: products, customers, carts, paid checkouts. */
public final class ShopFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final CatalogService catalogService = LoyaltyTestContext.bean("blCatalogService", CatalogService.class);
    private final CustomerService customerService = LoyaltyTestContext.bean("blCustomerService", CustomerService.class);
    private final OrderService orderService = LoyaltyTestContext.bean("blOrderService", OrderService.class);
    private final OrderPaymentService paymentService =
            LoyaltyTestContext.bean("blOrderPaymentService", OrderPaymentService.class);
    private final CheckoutService checkoutService = LoyaltyTestContext.bean("blCheckoutService", CheckoutService.class);

    public Sku productPriced(String price) {
        return productNamed(null, price);
    }

    /** A product with this name ("Test product N" when null). */
    public Sku productNamed(String name, String price) {
        long n = SEQUENCE.incrementAndGet();
        Sku sku = catalogService.createSku();
        sku.setName(name != null ? name : "Test product " + n);
        sku.setRetailPrice(new Money(new BigDecimal(price)));
        // On sale since 2000: tests that move the shop's clock into the past still find their products active.
        sku.setActiveStartDate(new Date(946_684_800_000L));
        sku.setDiscountable(true);
        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        product.setUrl("/test-product-" + n);
        product = catalogService.saveProduct(product);
        return product.getDefaultSku();
    }

    public Customer registeredCustomer() {
        long n = SEQUENCE.incrementAndGet();
        Customer customer = customerService.createCustomer();
        customer.setUsername("shopper" + n + "-" + System.nanoTime() + "@example.com");
        customer.setEmailAddress(customer.getUsername());
        customer.setFirstName("Test");
        customer.setLastName("Shopper" + n);
        customer.setRegistered(true);
        return customerService.saveCustomer(customer);
    }

    /** A visitor who has not registered; Broadleaf saves it with the first cart. */
    public Customer guestCustomer() {
        return customerService.createCustomer();
    }

    /** A priced cart for the customer holding {@code quantity} of each sku. */
    public Order cart(Customer customer, int quantity, Sku... skus) throws Exception {
        Order cart = orderService.createNewCartForCustomer(customer);
        customer = cart.getCustomer();
        for (Sku sku : skus) {
            OrderItemRequestDTO request = new OrderItemRequestDTO();
            request.setSkuId(sku.getId());
            request.setProductId(sku.getDefaultProduct() != null ? sku.getDefaultProduct().getId() : null);
            request.setQuantity(quantity);
            cart = orderService.addItem(cart.getId(), request, true);
        }
        return cart;
    }

    /** Adds a captured payment for the whole total, as a gateway would after a successful charge. */
    public Order payInFull(Order order) throws Exception {
        OrderPayment payment = paymentService.create();
        payment.setOrder(order);
        payment.setAmount(order.getTotal());
        payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        PaymentTransaction transaction = paymentService.createTransaction();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(order.getTotal());
        transaction.setSuccess(true);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(order, payment, null);
        return orderService.save(order, false);
    }

    /** Credits available points (a BONUS entry, available at once, never expiring). */
    public void grantPoints(Customer customer, long points) {
        PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
        ledger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, points, PointsLedgerEntry.SOURCE_ADMIN,
                SEQUENCE.incrementAndGet() * 1_000_000L + System.nanoTime() % 1_000_000L).reason("Test bonus"));
    }

    public Order reload(Order order) {
        return reloadById(order.getId());
    }

    public Order reloadById(Long orderId) {
        return orderService.findOrderById(orderId, true);
    }

    public Order checkout(Order order) throws CheckoutException {
        return checkoutService.performCheckout(order).getOrder();
    }

    public Order paidCheckout(Customer customer, String price, int quantity) throws Exception {
        Order cart = cart(customer, quantity, productPriced(price));
        return checkout(payInFull(cart));
    }

    /** A paid checkout of one unit of each sku. */
    public Order paidCheckout(Customer customer, Sku... skus) throws Exception {
        return checkout(payInFull(cart(customer, 1, skus)));
    }

    /** Ends the sku's (and so its product's) active dates an hour ago: the product is no longer for sale. */
    public Sku retire(Sku sku) {
        Sku current = catalogService.findSkuById(sku.getId());
        current.setActiveEndDate(new Date(System.currentTimeMillis() - 3_600_000L));
        return catalogService.saveSku(current);
    }

    /** Marks the sku unavailable in inventory (out of stock). */
    public Sku markOutOfStock(Sku sku) {
        Sku current = catalogService.findSkuById(sku.getId());
        current.setInventoryType(InventoryType.UNAVAILABLE);
        return catalogService.saveSku(current);
    }
}
