package com.broadleafloyalty.feedback.core;

import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackAnswerTest {

    @Test
    void shouldAcceptWholeNumbersInRangeAndTrimTheComment() {
        FeedbackAnswer answer = FeedbackAnswer.parse(" 9 ", "4", "  Fast delivery.  ", 100);

        assertThat(answer.getNps()).isEqualTo(9);
        assertThat(answer.getCsat()).isEqualTo(4);
        assertThat(answer.getComment()).isEqualTo("Fast delivery.");
        assertThat(answer.isReview()).isTrue();
    }

    @Test
    void shouldAcceptTheBoundsOfBothScales() {
        assertThat(FeedbackAnswer.parse("0", "1", null, 10).getNps()).isZero();
        assertThat(FeedbackAnswer.parse("10", "5", null, 10).getCsat()).isEqualTo(5);
    }

    @Test
    void shouldTreatABlankCommentAsNoCommentAndNoReview() {
        FeedbackAnswer answer = FeedbackAnswer.parse("7", "3", "   ", 10);

        assertThat(answer.getComment()).isNull();
        assertThat(answer.isReview()).isFalse();
    }

    @ParameterizedTest(name = "nps ''{0}'', csat ''{1}'' is refused: {2}")
    @CsvSource(value = {
        "'';3;Choose a recommendation score from 0 to 10.",
        "abc;3;The recommendation score \"abc\" is not a whole number: choose one from 0 to 10.",
        "7.5;3;is not a whole number",
        "11;3;The recommendation score must be from 0 to 10, not 11.",
        "-1;3;The recommendation score must be from 0 to 10, not -1.",
        "99999999999999999999;3;The recommendation score must be from 0 to 10",
        "8;'';Choose a satisfaction score from 1 to 5.",
        "8;0;The satisfaction score must be from 1 to 5, not 0.",
        "8;6;The satisfaction score must be from 1 to 5, not 6.",
        "8;four;The satisfaction score \"four\" is not a whole number"
    }, delimiter = ';')
    void shouldRefuseNonNumericOrOutOfRangeScoresWithASentence(String nps, String csat, String message) {
        assertThat(Messages.english(Messages.refusal(() -> FeedbackAnswer.parse(nps, csat, null, 100),
                FeedbackRefusedException.class).getText())).contains(message);
    }

    @Test
    void shouldRefuseAMissingScore() {
        assertThat(Messages.englishRefusal(() -> FeedbackAnswer.parse(null, "3", null, 100)))
                .isEqualTo("Choose a recommendation score from 0 to 10.");
        assertThat(Messages.refusalIn(Messages.POLISH, () -> FeedbackAnswer.parse("8", null, null, 100)))
                .isEqualTo("Wybierz ocenę zamówienia w skali od 1 do 5.");
    }

    @Test
    void shouldRefuseACommentLongerThanTheLimit() {
        assertThat(FeedbackAnswer.parse("8", "4", "12345", 5).getComment()).isEqualTo("12345");
        assertThat(Messages.english(Messages.refusal(() -> FeedbackAnswer.parse("8", "4", "123456", 5),
                FeedbackRefusedException.class).getText()))
                .isEqualTo("Your comment is 6 characters long; at most 5 are accepted.");
        assertThat(Messages.refusalIn(Messages.ROMANIAN, () -> FeedbackAnswer.parse("8", "4", "123456", 5)))
                .isEqualTo("Comentariul tău are 6 caractere; se acceptă cel mult 5.");
    }

    @Test
    void shouldRefuseOutOfRangeNumericValues() {
        assertThatThrownBy(() -> FeedbackAnswer.of(8, 9, null)).isInstanceOf(FeedbackRefusedException.class);
        assertThatThrownBy(() -> FeedbackAnswer.of(12, 3, null)).isInstanceOf(FeedbackRefusedException.class);
    }

    @Test
    void shouldClassifyPromotersPassivesAndDetractors() {
        assertThat(FeedbackAnswer.of(9, 3, null).isPromoter()).isTrue();
        assertThat(FeedbackAnswer.of(8, 3, null).isPromoter()).isFalse();
        assertThat(FeedbackAnswer.of(8, 3, null).isDetractor()).isFalse();
        assertThat(FeedbackAnswer.of(7, 3, null).isDetractor()).isFalse();
        assertThat(FeedbackAnswer.of(6, 3, null).isDetractor()).isTrue();
        assertThat(FeedbackAnswer.of(6, 4, null).isSatisfied()).isTrue();
        assertThat(FeedbackAnswer.of(6, 3, null).isSatisfied()).isFalse();
    }
}
