package com.broadleafloyalty.feedback.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackScoresTest {

    @Test
    void shouldComputeNpsAsPromotersMinusDetractorsInPercent() {
        // 3 promoters (9, 10, 9), 2 passives (7, 8), 5 detractors (0..6): (3 - 5) / 10 = -20.0
        FeedbackScores scores = FeedbackScores.of(answers(new int[] {9, 10, 9, 7, 8, 0, 3, 6, 6, 5}, 3));

        assertThat(scores.getCount()).isEqualTo(10);
        assertThat(scores.getPromoters()).isEqualTo(3);
        assertThat(scores.getPassives()).isEqualTo(2);
        assertThat(scores.getDetractors()).isEqualTo(5);
        assertThat(scores.getNps()).isEqualByComparingTo("-20.0");
    }

    @Test
    void shouldRangeFromMinusHundredToHundred() {
        assertThat(FeedbackScores.of(answers(new int[] {10, 9}, 5)).getNps()).isEqualByComparingTo("100");
        assertThat(FeedbackScores.of(answers(new int[] {0, 6}, 1)).getNps()).isEqualByComparingTo("-100");
        assertThat(FeedbackScores.of(answers(new int[] {7, 8}, 3)).getNps()).isEqualByComparingTo("0");
    }

    @Test
    void shouldRoundToOneDecimalHalfEven() {
        // 1 promoter of 3 answers: 33.333... -> 33.3; 2 of 3 -> 66.7
        assertThat(FeedbackScores.of(answers(new int[] {9, 7, 7}, 3)).getNps()).isEqualByComparingTo("33.3");
        assertThat(FeedbackScores.of(answers(new int[] {9, 9, 7}, 3)).getNps()).isEqualByComparingTo("66.7");
    }

    @Test
    void shouldComputeCsatAsShareOfFourAndFiveAndTheMean() {
        List<FeedbackAnswer> answers = Arrays.asList(FeedbackAnswer.of(8, 5, null), FeedbackAnswer.of(8, 4, null),
                FeedbackAnswer.of(8, 3, null), FeedbackAnswer.of(8, 1, null));

        FeedbackScores scores = FeedbackScores.of(answers);

        assertThat(scores.getCsatPercent()).isEqualByComparingTo("50.0");
        assertThat(scores.getCsatMean()).isEqualByComparingTo("3.25");
    }

    @Test
    void shouldHaveNoScoresWithoutAnswers() {
        FeedbackScores scores = FeedbackScores.of(Collections.<FeedbackAnswer>emptyList());

        assertThat(scores.getCount()).isZero();
        assertThat(scores.getNps()).isNull();
        assertThat(scores.getCsatPercent()).isNull();
        assertThat(scores.getCsatMean()).isNull();
    }

    private static List<FeedbackAnswer> answers(int[] npsScores, int csat) {
        List<FeedbackAnswer> answers = new ArrayList<FeedbackAnswer>();
        for (int nps : npsScores) {
            answers.add(FeedbackAnswer.of(nps, csat, null));
        }
        return answers;
    }
}
