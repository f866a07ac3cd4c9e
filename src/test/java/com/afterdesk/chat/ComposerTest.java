package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComposerTest {

    static Script script(String id, String code, String text) {
        return new Script(id, Category.DAMAGED, Stage.SOOTHE, Script.Variant.WARM, Set.of(), Set.of(), code, List.of(),
                id, text);
    }

    static final Script SORRY = script("s1", "/bq", "亲，{买家}您好，非常抱歉给您带来不便。");
    static final Script PHOTO = script("s2", "/pz", "麻烦拍一下{商品}破损处的照片，订单号{订单号}。");

    final Composer composer = new Composer();

    @Test
    void insertingFillsKnownPlaceholdersAndSelectsTheFirstOneLeft() {
        Composer.Edit e = composer.insert("", 0, PHOTO, Map.of("订单号", "2026112400001"));
        assertThat(e.text()).isEqualTo("麻烦拍一下{商品}破损处的照片，订单号2026112400001。");
        assertThat(e.text().substring(e.selectStart(), e.selectEnd())).isEqualTo("{商品}");
    }

    @Test
    void scriptsStackOnNewLinesAtTheCaret() {
        Composer.Edit one = composer.insert("", 0, SORRY, Map.of("买家", "小雨"));
        assertThat(one.selectStart()).isEqualTo(one.text().length());
        Composer.Edit two = composer.insert(one.text(), one.selectEnd(), PHOTO, Map.of("商品", "杯子", "订单号", "1"));
        assertThat(two.text()).isEqualTo("亲，小雨您好，非常抱歉给您带来不便。\n麻烦拍一下杯子破损处的照片，订单号1。");
        assertThat(composer.scriptIds()).containsExactly("s1", "s2");
        assertThat(composer.editRatio(two.text())).isZero();
    }

    @Test
    void aShortCodeBeforeTheCaretBecomesTheScript() {
        String typed = "好的 /bq";
        Optional<Composer.Edit> e = composer.expandCode(typed, typed.length(),
                code -> code.equals("/bq") ? Optional.of(SORRY) : Optional.empty(), Map.of());
        assertThat(e).isPresent();
        assertThat(e.get().text()).isEqualTo("好的 亲，{买家}您好，非常抱歉给您带来不便。");
        assertThat(e.get().text().substring(e.get().selectStart(), e.get().selectEnd())).isEqualTo("{买家}");
        assertThat(composer.expandCode("网址a/bq", 6, c -> Optional.of(SORRY), Map.of())).isEmpty();
        assertThat(composer.expandCode("/zz", 3, c -> Optional.empty(), Map.of())).isEmpty();
    }

    @Test
    void tabGoesToTheNextUnfilledPlaceholderAndWrapsAround() {
        String text = "{买家}您好，订单{订单号}已发出";
        assertThat(Composer.nextPlaceholder(text, 0).orElseThrow().selectStart()).isZero();
        Composer.Edit second = Composer.nextPlaceholder(text, 1).orElseThrow();
        assertThat(text.substring(second.selectStart(), second.selectEnd())).isEqualTo("{订单号}");
        assertThat(Composer.nextPlaceholder(text, text.length()).orElseThrow().selectStart()).isZero();
        assertThat(Composer.nextPlaceholder("全部填好了", 0)).isEmpty();
    }

    @Test
    void theEditRatioMeasuresHowMuchTheInsertedTextWasChanged() {
        Composer.Edit e = composer.insert("", 0, SORRY, Map.of("买家", "小雨"));
        assertThat(composer.editRatio(e.text())).isZero();
        String edited = e.text().replace("非常抱歉", "抱歉");
        assertThat(composer.editRatio(edited)).isCloseTo(2.0 / e.text().length(), within(1e-9));
        composer.reset();
        assertThat(composer.scriptIds()).isEmpty();
        assertThat(EditRatio.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(EditRatio.of("", "")).isZero();
        assertThat(EditRatio.of("abc", "xyz")).isEqualTo(1.0);
    }
}
