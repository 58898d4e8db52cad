package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Option;

/** The engine's settings a command may change; each left out keeps {@link RecommenderSettings#defaults()}. */
final class ModelOptions {

    @Option(names = "--half-life", paramLabel = "D", description = "Days for an old purchase to count half "
            + "(default 60).")
    Double halfLifeDays;

    @Option(names = "--frequency-half-life", paramLabel = "D", description = "Days for an old order to count half "
            + "in a customer's own purchase frequencies (default 365).")
    Double frequencyHalfLifeDays;

    @Option(names = "--trend-half-life", paramLabel = "D", description = "Days for an old purchase to count half in "
            + "a product's freshness of demand (default 30).")
    Double trendHalfLifeDays;

    @Option(names = "--lambda", paramLabel = "L", description = "Ridge regularisation of the item weights "
            + "(default 100).")
    Double ridgeLambda;

    @Option(names = "--repurchase-weight", paramLabel = "W", description = "Weight of a customer's own past "
            + "purchases (default 0.25).")
    Double repurchaseWeight;

    @Option(names = "--neighbours", paramLabel = "K", converter = PositiveNumber.class,
            description = "Weights kept per product (default 100).")
    Integer neighbours;

    @Option(names = "--dense-products", paramLabel = "N", converter = PositiveNumber.class,
            description = "Most bought products learned with EASE^R; the rest get sparse co-purchase weights "
                    + "(default 2000).")
    Integer denseProducts;

    @Option(names = "--customer-neighbours", paramLabel = "K", converter = PositiveNumber.class,
            description = "Similar customers blended into a customer's own frequencies (default 100).")
    Integer customerNeighbours;

    @Option(names = "--neighbour-weight", paramLabel = "W", description = "Weight of the similar customers' "
            + "frequencies (default 0.5).")
    Double neighbourWeight;

    @Option(names = "--name-share", paramLabel = "S", description = "Share of product names in the score of a "
            + "product the customer has not bought, 0 to less than 1; 0 leaves names out (default 0.4).")
    Double nameShare;

    @Option(names = "--name-neighbours", paramLabel = "K", converter = PositiveNumber.class,
            description = "Products of most similar name kept per product (default 50).")
    Integer nameNeighbours;

    @Option(names = "--rebuild-threads", paramLabel = "T", converter = PositiveNumber.class,
            description = "Threads a rebuild may use (default: every core for the commands).")
    Integer rebuildThreads;

    RecommenderSettings settings() {
        RecommenderSettings settings = RecommenderSettings.defaults();
        if (halfLifeDays != null) {
            settings = settings.withHalfLifeDays(halfLifeDays);
        }
        if (frequencyHalfLifeDays != null) {
            settings = settings.withFrequencyHalfLifeDays(frequencyHalfLifeDays);
        }
        if (trendHalfLifeDays != null) {
            settings = settings.withTrendHalfLifeDays(trendHalfLifeDays);
        }
        if (ridgeLambda != null) {
            settings = settings.withRidgeLambda(ridgeLambda);
        }
        if (repurchaseWeight != null) {
            settings = settings.withRepurchaseWeight(repurchaseWeight);
        }
        if (neighbours != null) {
            settings = settings.withNeighboursPerProduct(neighbours);
        }
        if (denseProducts != null) {
            settings = settings.withDenseProducts(denseProducts);
        }
        if (customerNeighbours != null) {
            settings = settings.withCustomerNeighbours(customerNeighbours);
        }
        if (neighbourWeight != null) {
            settings = settings.withNeighbourWeight(neighbourWeight);
        }
        if (nameShare != null) {
            settings = settings.withNameShare(nameShare);
        }
        if (nameNeighbours != null) {
            settings = settings.withNameNeighbours(nameNeighbours);
        }
        if (rebuildThreads != null) {
            settings = settings.withRebuildThreads(rebuildThreads);
        }
        return settings;
    }
}
