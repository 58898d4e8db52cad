package com.broadleafloyalty.recommend.web;

import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.recommend.service.ProductRecommendations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.thymeleaf.Arguments;
import org.thymeleaf.Configuration;
import org.thymeleaf.dom.Element;
import org.thymeleaf.standard.expression.StandardExpressions;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_recommendations for="customer|product|cart" product="${product}" count="4" var="recommended"/>}
 * puts a {@link ProductRecommendations} in the model: for the current shopper ("Recommended for you", the default),
 * for a product ("Customers who bought this also bought") or for the current cart ("Complete your order"). The
 * shopper and cart come from the session, never from the page. A failure shows no recommendations, never an error.
 */
public class RecommendationsProcessor extends AbstractModelVariableModifierProcessor {

    private static final Log LOG = LogFactory.getLog(RecommendationsProcessor.class);

    @Resource(name = "blLoyaltyRecommendationService")
    protected LoyaltyRecommendationService recommendationService;

    public RecommendationsProcessor() {
        super("loyalty_recommendations");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        String variable = element.getAttributeValue("var");
        variable = variable == null || variable.trim().isEmpty() ? "recommendations" : variable.trim();
        ProductRecommendations recommendations;
        try {
            recommendations = recommend(arguments, element);
        } catch (RuntimeException e) {
            LOG.warn("Recommendations could not be shown", e);
            recommendations = ProductRecommendations.none();
        }
        addToModel(arguments, variable, recommendations);
    }

    private ProductRecommendations recommend(Arguments arguments, Element element) {
        Object count = evaluate(arguments, element, "count");
        int howMany = count == null ? recommendationService.getDefaultCount() : Integer.parseInt(count.toString());
        String kind = element.getAttributeValue("for");
        if ("product".equals(kind)) {
            Object product = evaluate(arguments, element, "product");
            return product instanceof Product ? recommendationService.boughtTogether((Product) product, howMany)
                    : ProductRecommendations.none();
        }
        if ("cart".equals(kind)) {
            return recommendationService.forCart(CartState.getCart(), CustomerState.getCustomer(), howMany);
        }
        return recommendationService.forCustomer(CustomerState.getCustomer(), howMany);
    }

    private static Object evaluate(Arguments arguments, Element element, String attributeName) {
        String text = element.getAttributeValue(attributeName);
        if (text == null) {
            return null;
        }
        if (!text.contains("{")) {
            return text.trim();
        }
        Configuration configuration = arguments.getConfiguration();
        return StandardExpressions.getExpressionParser(configuration)
                .parseExpression(configuration, arguments, text)
                .execute(configuration, arguments);
    }
}
