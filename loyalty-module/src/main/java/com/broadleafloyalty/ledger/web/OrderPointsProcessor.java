package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;

/** {@code <blc:loyalty_order_points orderId="${order.id}" var="pointsEarned"/>}: the points an order earned. */
public class OrderPointsProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    public OrderPointsProcessor() {
        super("loyalty_order_points");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Object orderId = LoyaltyProcessorSupport.evaluate(arguments, element, "orderId");
        long points = 0L;
        if (orderId != null) {
            points = loyaltyPointsService.pointsEarnedForOrder(Long.valueOf(orderId.toString()));
        }
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, "loyaltyOrderPoints"), points);
    }
}
