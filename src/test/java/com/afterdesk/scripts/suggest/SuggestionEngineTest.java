package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptCatalog;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionEngineTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    /** A small library: every stage for DAMAGED and QUALITY_DEFECT, general scripts, platform variants. */
    static final class TestCatalog implements ScriptCatalog {
        final List<Script> scripts = new ArrayList<>();
        long revision = 1;

        TestCatalog() {
            for (Category c : List.of(Category.DAMAGED, Category.QUALITY_DEFECT, Category.LOGISTICS_DELAY)) {
                for (Stage s : Stage.values()) {
                    String id = c.name().toLowerCase() + "-" + s.name().toLowerCase();
                    scripts.add(script(id, c, s, Set.of()));
                    scripts.add(script(id + "-2", c, s, Set.of()));
                }
            }
            scripts.add(script("general-soothe", null, Stage.SOOTHE, Set.of()));
            scripts.add(script("general-ask", null, Stage.ASK, Set.of()));
            scripts.add(script("general-close", null, Stage.CLOSE, Set.of()));
            scripts.add(script("damaged-resolve-jd", Category.DAMAGED, Stage.RESOLVE, Set.of(Platform.JD)));
            scripts.add(script("damaged-resolve-pdd", Category.DAMAGED, Stage.RESOLVE, Set.of(Platform.PDD)));
        }

        static Script script(String id, Category c, Stage s, Set<Platform> platforms) {
            Set<Emotion> emotions = s == Stage.SOOTHE ? Set.of(Emotion.UPSET, Emotion.ANGRY) : Set.of();
            return new Script(id, c, s, Script.Variant.WARM, platforms, emotions, null, List.of(), id, "{买家}您好 " + id);
        }

        @Override
        public List<Script> all() {
            return List.copyOf(scripts);
        }

        @Override
        public long revision() {
            return revision;
        }
    }

    final TestCatalog catalog = new TestCatalog();
    final SuggestionEngine engine = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER);

    private Suggestions suggest(String text, Platform p, ConversationContext ctx) {
        return engine.suggest(new SuggestionRequest(text, p, ctx, 5));
    }

    @Test
    void anUpsetBuyerGetsACategorySoothingScriptFirst() {
        Suggestions s = suggest("杯子收到就碎了！！太气人了", null, ConversationContext.FIRST_REPLY);
        assertThat(s.classification().emotion()).isNotEqualTo(Emotion.CALM);
        assertThat(s.scripts().get(0).script().stage()).isEqualTo(Stage.SOOTHE);
        assertThat(s.scripts().get(0).script().category()).isEqualTo(Category.DAMAGED);
        assertThat(s.scripts().get(0).reason()).contains("SOOTHE first");
    }

    @Test
    void aSecondMatterInTheMessageGetsAnAnswerInTheList() {
        Suggestions s = suggest("快递慢了一个礼拜我也就忍了，打开一看杯子还碎了两个", null, ConversationContext.FIRST_REPLY);
        assertThat(s.classification().primary()).isEqualTo(Category.DAMAGED);
        assertThat(s.scripts()).hasSize(5);
        assertThat(s.scripts().get(0).script().category()).isEqualTo(Category.DAMAGED);
        assertThat(s.scripts()).anySatisfy(x -> assertThat(x.script().category()).isEqualTo(Category.LOGISTICS_DELAY));
        // with room for one script only, the main matter keeps it
        Suggestions one = engine.suggest(new SuggestionRequest("快递慢了一个礼拜我也就忍了，打开一看杯子还碎了两个", null,
                ConversationContext.FIRST_REPLY, 1));
        assertThat(one.scripts()).singleElement().satisfies(x ->
                assertThat(x.script().category()).isEqualTo(Category.DAMAGED));
    }

    @Test
    void withoutACategorySoothingScriptTheGeneralOneComesFirst() {
        Suggestions s = suggest("垃圾店！！！发票到现在都不给我开，骗子", null, ConversationContext.FIRST_REPLY);
        assertThat(s.classification().primary()).isEqualTo(Category.INVOICE);
        assertThat(s.scripts().get(0).script().id()).isEqualTo("general-soothe");
    }

    @Test
    void aCalmFirstReplyAsksOrSoothesAndNeverResolvesYet() {
        Suggestions s = suggest("你好，收到的碗外箱压坏了，碗也碎了一个", null, ConversationContext.FIRST_REPLY);
        assertThat(s.scripts().get(0).script().stage()).isIn(Stage.SOOTHE, Stage.ASK);
        assertThat(s.scripts().subList(0, 3)).allSatisfy(x -> assertThat(x.script().stage()).isNotEqualTo(Stage.RESOLVE));
        assertThat(s.scripts().get(0).script().category()).isEqualTo(Category.DAMAGED);
    }

    @Test
    void afterTheEvidenceArrivesTheRemedyLeads() {
        Suggestions s = suggest("照片发你了，你看碎成这样", null, ConversationContext.evidenceIn(Stage.ASK));
        assertThat(s.stages().get(0)).isEqualTo(Stage.RESOLVE);
        ScriptSuggestion first = s.scripts().stream().filter(x -> x.script().stage() != Stage.SOOTHE).findFirst()
                .orElseThrow();
        assertThat(first.script().stage()).isEqualTo(Stage.RESOLVE);
    }

    @Test
    void anUpsetBuyerChasingProgressIsSoothedBeforeTheFollowUp() {
        Suggestions s = suggest("都三天了物流还是没动！！到底怎么回事", null, ConversationContext.after(Stage.RESOLVE));
        assertThat(s.classification().emotion()).isNotEqualTo(Emotion.CALM);
        assertThat(s.scripts().get(0).script().stage()).isEqualTo(Stage.SOOTHE);
        assertThat(s.scripts()).anySatisfy(x -> assertThat(x.script().stage()).isEqualTo(Stage.FOLLOW_UP));
    }

    @Test
    void aNudgeForASilentBuyerIsNeverSuggestedAsAnAnswer() {
        catalog.scripts.add(new Script("other-nudge", Category.OTHER, Stage.FOLLOW_UP, Script.Variant.WARM, Set.of(),
                Set.of(), null, List.of(SuggestionEngine.BUYER_SILENT_TAG), "nudge", "您好，还在吗？"));
        catalog.scripts.add(TestCatalog.script("other-follow-up", Category.OTHER, Stage.FOLLOW_UP, Set.of()));
        catalog.revision++;
        Suggestions s = engine.suggest(new SuggestionRequest("嗯嗯，那我再等等", null,
                ConversationContext.after(Stage.FOLLOW_UP), 50));
        assertThat(s.scripts()).extracting(x -> x.script().id()).contains("other-follow-up")
                .doesNotContain("other-nudge");
    }

    @Test
    void aShortFollowUpReadWithTheBuyersEarlierMessageKeepsItsTopic() {
        assertThat(ClassifierTest.CLASSIFIER.classify("枕头我已经寄回去好几天了，退款怎么还没到账\n还要等多久？")
                .primary()).isEqualTo(Category.REFUND_PROGRESS);
    }

    @Test
    void aBuyerChasingProgressGetsAFollowUp() {
        Suggestions s = suggest("物流怎么样了，都三天了还是没动", null, ConversationContext.after(Stage.RESOLVE));
        assertThat(s.stages().get(0)).isEqualTo(Stage.FOLLOW_UP);
        assertThat(s.scripts()).anySatisfy(x -> assertThat(x.script().stage()).isEqualTo(Stage.FOLLOW_UP));
        ScriptSuggestion first = s.scripts().stream().filter(x -> x.script().stage() != Stage.SOOTHE).findFirst()
                .orElseThrow();
        assertThat(first.script().stage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void platformScriptsArePreferredOnTheirPlatformAndNeverShownElsewhere() {
        ConversationContext ctx = ConversationContext.evidenceIn(Stage.ASK);
        Suggestions jd = engine.suggest(new SuggestionRequest("照片拍好了，外箱压坏了杯子碎了", Platform.JD, ctx, 10));
        assertThat(jd.scripts()).extracting(x -> x.script().id()).contains("damaged-resolve-jd")
                .doesNotContain("damaged-resolve-pdd");
        ScriptSuggestion firstResolve = jd.scripts().stream().filter(x -> x.script().stage() == Stage.RESOLVE)
                .findFirst().orElseThrow();
        assertThat(firstResolve.script().id()).isEqualTo("damaged-resolve-jd");
        Suggestions taobao = engine.suggest(new SuggestionRequest("照片拍好了，外箱压坏了杯子碎了", Platform.TAOBAO, ctx, 30));
        assertThat(taobao.scripts()).extracting(x -> x.script().id())
                .doesNotContain("damaged-resolve-jd", "damaged-resolve-pdd");
        Suggestions unknown = engine.suggest(new SuggestionRequest("照片拍好了，外箱压坏了杯子碎了", null, ctx, 30));
        assertThat(unknown.scripts()).allSatisfy(x -> assertThat(x.script().platforms()).isEmpty());
    }

    @Test
    void generalScriptsAreTheFallbackForACategoryWithoutScripts() {
        Suggestions s = suggest("请问发票怎么开", null, ConversationContext.FIRST_REPLY);
        assertThat(s.scripts()).isNotEmpty();
        assertThat(s.scripts().get(0).script().isGeneral()).isTrue();
    }

    @Test
    void theIndexFollowsTheCatalogRevision() {
        assertThat(suggest("杯子碎了", null, ConversationContext.FIRST_REPLY).scripts())
                .extracting(x -> x.script().id()).doesNotContain("damaged-ask-new");
        catalog.scripts.add(0, TestCatalog.script("damaged-ask-new", Category.DAMAGED, Stage.ASK, Set.of()));
        catalog.revision++;
        assertThat(engine.suggest(new SuggestionRequest("杯子碎了", null, ConversationContext.FIRST_REPLY, 20)).scripts())
                .extracting(x -> x.script().id()).contains("damaged-ask-new");
    }

    @Test
    void aChosenScriptRanksHigherForSimilarMessagesOnly(@TempDir Path tmp) {
        try (Database db = Database.open(DataFolder.open(tmp), CLOCK)) {
            ChoiceStore store = new ChoiceStore(db, CLOCK);
            SuggestionEngine learning = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER, store);
            String chosen = "damaged-explain-2";
            String similar = "快递把我的花瓶压碎了，外箱也破了";
            String unrelated = "吹风机用了三天就没反应了";
            int before = rank(learning, similar, chosen);
            List<String> unrelatedBefore = ids(learning, unrelated);
            for (String m : List.of("快递把我的花瓶压碎了，箱子都破了", "快递压碎了我的花瓶，外箱破了个口")) {
                learning.recordChoice(m, chosen);
            }
            assertThat(store.size()).isEqualTo(2);
            int after = rank(learning, similar, chosen);
            assertThat(after).as("rank after learning").isLessThan(before);
            assertThat(ids(learning, unrelated)).isEqualTo(unrelatedBefore);
            // remembered across restarts: a new store reads the database
            SuggestionEngine reopened = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER, new ChoiceStore(db, CLOCK));
            assertThat(rank(reopened, similar, chosen)).isEqualTo(after);
        }
    }

    @Test
    void theAgentsReadingOfTheEmotionWinsForSimilarMessages(@TempDir Path tmp) {
        try (Database db = Database.open(DataFolder.open(tmp), CLOCK)) {
            SuggestionEngine learning = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER,
                    new ChoiceStore(db, CLOCK));
            String asked = "请问我买的杯子什么时候能发货呀";
            String similar = "请问我买的杯子什么时候能发货";
            String unrelated = "快递把我的花瓶压碎了，外箱也破了！！";
            Emotion unrelatedBefore = learning.classify(unrelated).emotion();
            SuggestionRequest first = new SuggestionRequest(similar, null, ConversationContext.FIRST_REPLY, 5);
            assertThat(learning.suggest(first).classification().emotion()).isEqualTo(Emotion.CALM);
            assertThat(learning.suggest(first).scripts().get(0).script().stage()).isNotEqualTo(Stage.SOOTHE);

            // this shop's buyers ask like that when they have been waiting too long: the agent says "upset"
            learning.correctEmotion(asked, Emotion.UPSET);
            Suggestions after = learning.suggest(first);
            assertThat(after.classification().emotion()).isEqualTo(Emotion.UPSET);
            assertThat(after.scripts().get(0).script().stage()).isEqualTo(Stage.SOOTHE);
            assertThat(learning.classify(unrelated).emotion()).isEqualTo(unrelatedBefore);

            // a second correction of the same message replaces the first, and it survives a restart
            learning.correctEmotion(asked, Emotion.ANGRY);
            SuggestionEngine reopened = new SuggestionEngine(catalog, ClassifierTest.CLASSIFIER,
                    new ChoiceStore(db, CLOCK));
            assertThat(reopened.classify(similar).emotion()).isEqualTo(Emotion.ANGRY);
            assertThat(reopened.classify(asked).emotion()).isEqualTo(Emotion.ANGRY);
        }
    }

    @Test
    void choicesAreBounded(@TempDir Path tmp) {
        try (Database db = Database.open(DataFolder.open(tmp), CLOCK)) {
            ChoiceStore store = new ChoiceStore(db, CLOCK);
            for (int i = 0; i < ChoiceStore.LIMIT + 5; i++) {
                store.record("消息" + i, "damaged-ask", Category.DAMAGED);
            }
            assertThat(store.size()).isEqualTo(ChoiceStore.LIMIT);
            assertThat(new ChoiceStore(db, CLOCK).size()).isEqualTo(ChoiceStore.LIMIT);
        }
    }

    private static int rank(SuggestionEngine e, String text, String id) {
        List<String> ids = ids(e, text);
        int i = ids.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static List<String> ids(SuggestionEngine e, String text) {
        return e.suggest(new SuggestionRequest(text, null, ConversationContext.FIRST_REPLY, 40)).scripts().stream()
                .map(x -> x.script().id()).toList();
    }
}
