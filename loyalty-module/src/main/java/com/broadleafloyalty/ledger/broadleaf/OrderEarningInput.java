package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.core.CategoryMultiplier;
import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.core.OrderLine;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Broadleaf order as the earning rules see it: one line per order item at its price after item discounts,
 * converted to the base currency; the order-level discount; categories and products for multipliers.
 * A product with the attribute {@value #NO_EARN_ATTRIBUTE}=false (gift cards, for example) does not earn.
 */
public final class OrderEarningInput {

    public static final String NO_EARN_ATTRIBUTE = "loyaltyEarns";

    private final List<OrderLine> lines;
    private final BigDecimal orderDiscount;

    private OrderEarningInput(List<OrderLine> lines, BigDecimal orderDiscount) {
        this.lines = lines;
        this.orderDiscount = orderDiscount;
    }

    /**
     * {@code conversionRate} turns the order's currency into the base currency; {@code nonEarningProductIds} are the
     * products that earn nothing ({@link NonEarningProducts}). The products' categories are read only when one of
     * {@code rules} looks at them (a {@link CategoryMultiplier}): each product's category links are a query of their
     * own.
     */
    public static OrderEarningInput of(Order order, BigDecimal conversionRate, List<? extends EarningRule> rules,
            Set<Long> nonEarningProductIds) {
        boolean withCategories = false;
        for (EarningRule rule : rules) {
            withCategories |= rule instanceof CategoryMultiplier;
        }
        List<OrderLine> lines = new ArrayList<OrderLine>();
        for (OrderItem item : order.getOrderItems()) {
            BigDecimal total = item.getTotalPrice() == null ? BigDecimal.ZERO : item.getTotalPrice().getAmount();
            if (item.getQuantity() <= 0) {
                continue;
            }
            Product product = item instanceof DiscreteOrderItem ? ((DiscreteOrderItem) item).getProduct() : null;
            Long productId = product == null ? null : product.getId();
            lines.add(new OrderLine(item.getId(), productId,
                    withCategories ? categories(product) : new HashSet<Long>(),
                    item.getQuantity(), convert(total.max(BigDecimal.ZERO), conversionRate),
                    productId == null || !nonEarningProductIds.contains(productId)));
        }
        BigDecimal discount = order.getOrderAdjustmentsValue() == null ? BigDecimal.ZERO
                : order.getOrderAdjustmentsValue().getAmount();
        return new OrderEarningInput(lines, convert(discount, conversionRate));
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public BigDecimal getOrderDiscount() {
        return orderDiscount;
    }

    private static BigDecimal convert(BigDecimal amount, BigDecimal rate) {
        return BigDecimal.ONE.compareTo(rate) == 0 ? amount : amount.multiply(rate, MathContext.DECIMAL64);
    }

    private static Set<Long> categories(Product product) {
        Set<Long> ids = new HashSet<Long>();
        if (product == null) {
            return ids;
        }
        if (product.getDefaultCategory() != null) {
            ids.add(product.getDefaultCategory().getId());
        }
        for (CategoryProductXref xref : product.getAllParentCategoryXrefs()) {
            if (xref.getCategory() != null) {
                ids.add(xref.getCategory().getId());
            }
        }
        return ids;
    }
}
