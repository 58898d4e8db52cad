package com.broadleafloyalty.support.web;

import org.thymeleaf.Arguments;
import org.thymeleaf.Configuration;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

/** Evaluates a processor attribute as a Thymeleaf expression, e.g. {@code orderId="${order.id}"}. */
public final class LoyaltyProcessorSupport {

    private LoyaltyProcessorSupport() {
    }

    public static Object evaluate(Arguments arguments, Element element, String attributeName) {
        String text = element.getAttributeValue(attributeName);
        if (text == null) {
            return null;
        }
        Configuration configuration = arguments.getConfiguration();
        return StandardExpressions.getExpressionParser(configuration)
                .parseExpression(configuration, arguments, text)
                .execute(configuration, arguments);
    }

    public static String variableName(Element element, String defaultName) {
        String name = element.getAttributeValue("var");
        return name == null || name.trim().isEmpty() ? defaultName : name.trim();
    }
}
