package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(normalizer.normalize("這個質量太差了，退貨運費誰出").text()).isEqualTo("这个质量太差了,退货运费谁出");
    }

    @Test
    void fullWidthLettersDigitsAndPunctuationAreFolded() {
        var n = normalizer.normalize("ＳＦ１２３４５６　到了吗？！");
        assertThat(n.text()).isEqualTo("sf123456到了吗?!");
        assertThat(n.shouting()).as("full-width capitals of a waybill count like ASCII ones").isFalse();
    }

    @Test
    void emojiAreRemovedButCountedForEmotion() {
        var n = normalizer.normalize("碎了😡😡 真的服了😭");
        assertThat(n.text()).doesNotContain("😡").doesNotContain("😭").startsWith("碎了").contains("真的服了");
        assertThat(n.angryEmoji()).isEqualTo(2);
        assertThat(n.sadEmoji()).isEqualTo(1);
    }

    @Test
    void repeatedPunctuationCollapsesAndRunsAreCounted() {
        var n = normalizer.normalize("什么时候发货？？？？快点！！！");
        assertThat(n.text()).isEqualTo("什么时候发货?快点!");
        assertThat(n.maxQuestionRun()).isEqualTo(4);
        assertThat(n.maxExclamationRun()).isEqualTo(3);
    }

    @Test
    void stretchedCharactersAreShortened() {
        var n = normalizer.normalize("啊啊啊啊啊啊气死了");
        assertThat(n.text()).isEqualTo("啊啊气死了");
        assertThat(n.stretched()).isTrue();
    }

    @Test
    void pinyinAbbreviationsAreSpelledOutOnlyAsWholeWords() {
        assertThat(normalizer.normalize("tk什么时候到，不然给cp").text()).isEqualTo("退款什么时候到,不然给差评");
        assertThat(normalizer.normalize("iphone tkx").text()).as("not inside other words").isEqualTo("iphone tkx");
    }

    @Test
    void typosHomophonesAndSlangAreFixed() {
        assertThat(normalizer.normalize("退欵咋还没到帐").text()).isEqualTo("退款怎么还没到账");
        assertThat(normalizer.normalize("快地啥时候到").text()).isEqualTo("快递什么时候到");
        assertThat(normalizer.normalize("是正品么").text()).isEqualTo("是正品吗");
        assertThat(normalizer.normalize("为什么").text()).isEqualTo("为什么");
    }

    @Test
    void spacesBetweenChineseCharactersFromVoiceInputAreDropped() {
        assertThat(normalizer.normalize("快递 一直 没有 更新  iPhone 15 pro").text()).isEqualTo("快递一直没有更新iphone 15 pro");
    }

    @Test
    void capitalsReadAsShouting() {
        assertThat(normalizer.normalize("WHAT 退款呢").shouting()).isTrue();
        assertThat(normalizer.normalize(null).text()).isEmpty();
    }
}
