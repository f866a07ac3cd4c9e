package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How cue words are found in a buyer's message. */
class CueLexiconTest {

    private final CueLexicon emotions = CueLexicon.load("/suggest/emotion-zh.txt");

    private List<String> found(String text) {
        return emotions.match(text).stream().map(m -> m.entry().section() + ":" + text.substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void aComplaintHotlineCountsOnlyAsAWholeNumber() {
        assertThat(found("我已经打12315了")).contains("ANGRY:12315");
        assertThat(found("订单号1231567 物流不动")).noneMatch(c -> c.contains("12315"));
        assertThat(found("单号 4412345 还没更新")).noneMatch(c -> c.contains("12345"));
    }

    @Test
    void aCalmWordInsideAHeatedPhraseDoesNotCalmIt() {
        // "说好的" is a broken promise, not the polite "好的"
        assertThat(found("说好的三天发货，都第六天了")).contains("UPSET:说好的").doesNotContain("CALM:好的");
        assertThat(found("好的，谢谢")).contains("CALM:好的");
    }

    @Test
    void overlappingHeatWordsCountOnceTowardsTheLevel() {
        // "好几次了" holds both 好几次 and 几次了: one phrase, so it weighs as much as 好几次 alone
        EmotionDetector detector = new EmotionDetector(emotions);
        TextNormalizer normalizer = new TextNormalizer();
        double once = detector.intensity(normalizer.normalize("之前买过好几次"));
        assertThat(detector.intensity(normalizer.normalize("之前买过好几次了"))).isEqualTo(once);
        // two separate heated phrases still add up
        assertThat(detector.intensity(normalizer.normalize("问了好几次，每次都说在处理"))).isGreaterThan(once);
    }
}
