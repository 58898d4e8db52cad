package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PopularityRankingTest {

    @Test
    void shouldKeepProductsMostBoughtFirstAndTiesInTheOrderFirstSeen() {
        PopularityRanking ranking = new PopularityRanking();
        ranking.addBuyer(2);
        ranking.addBuyer(0);
        ranking.addBuyer(1);
        ranking.addBuyer(1);
        ranking.addBuyer(100);

        assertThat(ranked(ranking)).containsExactly(1, 0, 2, 100);
        assertThat(ranking.buyers()[1]).isEqualTo(2);

        ranking.addBuyer(100);
        ranking.addBuyer(100);

        assertThat(ranked(ranking)).containsExactly(100, 1, 0, 2);
    }

    private static List<Integer> ranked(PopularityRanking ranking) {
        List<Integer> products = new ArrayList<Integer>();
        for (Iterator<Long> it = ranking.mostBoughtFirst(); it.hasNext();) {
            products.add(PopularityRanking.productOf(it.next()));
        }
        return products;
    }
}
