package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Emotion;
import org.junit.jupiter.api.Test;

/** The emotion reading on hand-written messages, and the ordered (cumulative) decision on the model's levels. */
class EmotionLevelTest {

    private final Classifier classifier = new Classifier();

    @Test
    void aPoliteQuestionAboutTheProcedureIsCalm() {
        assertThat(classifier.classify("您好，请问退货的话运费险可以用吗？").emotion()).isEqualTo(Emotion.CALM);
        assertThat(classifier.classify("麻烦问下发票什么时候能开好，谢谢").emotion()).isEqualTo(Emotion.CALM);
    }

    @Test
    void aRealProblemSaidPlainlyIsUpset() {
        assertThat(classifier.classify("下单五天了还没发货，怎么这么慢").emotion()).isEqualTo(Emotion.UPSET);
    }

    @Test
    void aBrokenPromiseOrARepeatSaidFlatlyIsAngry() {
        assertThat(classifier.classify("这都第三次发错了，你们仓库是没人看吗").emotion()).isEqualTo(Emotion.ANGRY);
    }

    @Test
    void theLevelsAreOrdered() {
        // the most likely single level is upset, but anger is likely enough to count
        assertThat(Classifier.level(new double[] {0.2, 0.42, 0.38}, 0.35, 0.5)).isEqualTo(Emotion.ANGRY);
        // neither upset nor angry wins against calm, but together they do
        assertThat(Classifier.level(new double[] {0.45, 0.3, 0.25}, 0.35, 0.5)).isEqualTo(Emotion.UPSET);
        assertThat(Classifier.level(new double[] {0.7, 0.2, 0.1}, 0.35, 0.5)).isEqualTo(Emotion.CALM);
    }
}
