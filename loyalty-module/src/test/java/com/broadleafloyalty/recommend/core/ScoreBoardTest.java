package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreBoardTest {

    @Test
    void shouldPickTheBestAcceptedProductsBreakingTiesByBuyers() {
        ScoreBoard board = new ScoreBoard(6);
        board.add(0, 1d);
        board.add(1, 3d);
        board.add(2, 2d);
        board.add(3, 2d);
        board.add(4, 5d);
        board.add(5, -1d);
        board.add(9, 100d);
        int[] buyers = {0, 0, 1, 7, 0, 0};

        assertThat(board.best(3, buyers, product -> product != 4)).containsExactly(1, 3, 2);
        assertThat(board.best(10, buyers, product -> true)).containsExactly(4, 1, 3, 2, 0);
    }

    @Test
    void shouldAddAScaledSecondBoardToNewProductsOnly() {
        ScoreBoard board = new ScoreBoard(5);
        board.add(0, 4d);
        board.markBought(0);
        board.add(1, 2d);
        board.exclude(2);
        ScoreBoard names = new ScoreBoard(5);
        names.add(0, 9d);
        names.add(2, 8d);
        names.add(3, 1d);
        names.add(4, 0.5d);

        assertThat(board.bestNewScore()).isEqualTo(2d);
        assertThat(names.bestScoreOutside(board)).isEqualTo(1d);
        board.addNew(names, 0.5d);

        assertThat(board.score(0)).isEqualTo(4d);
        assertThat(board.score(2)).isZero();
        assertThat(board.score(3)).isEqualTo(0.5d);
        assertThat(board.score(4)).isEqualTo(0.25d);
    }

    @Test
    void shouldSumContributionsToTheSameProduct() {
        ScoreBoard board = new ScoreBoard(2);
        board.add(1, 0.5d);
        board.add(1, 0.25d);

        assertThat(board.score(1)).isEqualTo(0.75d);
        assertThat(board.best(5, new int[0], product -> true)).containsExactly(1);
    }
}
