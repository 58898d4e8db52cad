package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Option;

/** The engine's settings a command may change; each left out keeps {@link RecommenderSettings#defaults()}. */
final class ModelOptions {

    @Option(names = "--half-life", paramLabel = "D", description = "Days for an old purchase to count half "
            + "(default 60).")
    Double halfLifeDays;

    @Option(names = "--lambda", paramLabel = "L", description = "Ridge regularisation of the item weights "
            + "(default 100).")
    Double ridgeLambda;

    @Option(names = "--repurchase-weight", paramLabel = "W", description = "Weight of a customer's own past "
            + "purchases (default 0.3).")
    Double repurchaseWeight;

    @Option(names = "--neighbours", paramLabel = "K", converter = PositiveNumber.class,
            description = "Weights kept per product (default 100).")
    Integer neighbours;

    RecommenderSettings settings() {
        RecommenderSettings settings = RecommenderSettings.defaults();
        if (halfLifeDays != null) {
            settings = settings.withHalfLifeDays(halfLifeDays);
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
        return settings;
    }
}
