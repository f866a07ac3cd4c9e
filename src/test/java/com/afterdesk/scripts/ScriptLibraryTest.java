package com.afterdesk.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLibraryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    /** A small default library: two damage scripts, one general one. */
    static final String DEFAULTS = """
            {"format": "afterdesk-scripts", "version": 1, "scripts": [
              {"id": "damaged-soothe-warm-1", "category": "DAMAGED", "stage": "SOOTHE", "variant": "WARM",
               "platforms": [], "emotions": ["UPSET", "ANGRY"], "code": "/ps", "tags": ["破损", "致歉"],
               "title": "破损致歉", "text": "{买家}您好，东西路上被摔坏了，真的很抱歉，麻烦您拍一下外箱和商品的照片。"},
              {"id": "damaged-resolve-short-1", "category": "DAMAGED", "stage": "RESOLVE", "variant": "SHORT",
               "platforms": ["taobao"], "emotions": [], "tags": ["补发"],
               "title": "破损补发", "text": "给您补发一件新的，运单号 {运单号}，请留意查收。"},
              {"id": "general-close-warm-1", "category": "GENERAL", "stage": "CLOSE", "variant": "WARM",
               "platforms": [], "emotions": [], "code": "/xx", "tags": ["结束"],
               "title": "感谢结束", "text": "感谢您的耐心，有任何问题随时找我。"}
            ]}
            """;

    @TempDir
    Path home;
    Database db;
    ScriptLibrary library;
    AtomicInteger defaultsRead = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(home), CLOCK);
        library = newLibrary();
    }

    ScriptLibrary newLibrary() {
        return new ScriptLibrary(db, CLOCK, () -> {
            defaultsRead.incrementAndGet();
            return new ByteArrayInputStream(DEFAULTS.getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Script draft(Category category, Stage stage, String code, String title, String text) {
        return new Script("", category, stage, Script.Variant.WARM, Set.of(), Set.of(), code, List.of(), title, text);
    }

    @Test
    void theDefaultLibraryIsLoadedOnFirstUseAndOnlyOnce() {
        assertThat(library.all()).extracting(Script::id)
                .containsExactly("damaged-soothe-warm-1", "damaged-resolve-short-1", "general-close-warm-1");
        for (Script s : library.all()) {
            library.delete(s.id());
        }
        assertThat(library.all()).isEmpty();
        ScriptLibrary reopened = newLibrary();
        assertThat(reopened.all()).as("emptying the library does not bring the defaults back").isEmpty();
        assertThat(defaultsRead).hasValue(1);
    }

    @Test
    void createEditDuplicateDeleteAndUndoEachStep() {
        Script created = library.create(draft(Category.WRONG_MISSING, Stage.ASK, "fc", "", "  麻烦您拍一下收到的商品和包装清单，我马上核对。 "));
        assertThat(created.id()).isEqualTo("wrong-missing-ask-warm-my1");
        assertThat(created.code()).as("code gets its slash").isEqualTo("/fc");
        assertThat(created.text()).isEqualTo("麻烦您拍一下收到的商品和包装清单，我马上核对。");
        assertThat(created.title()).as("a title is made from the text").startsWith("麻烦您拍一下收到的商品和包装");

        Script edited = library.update(new Script(created.id(), created.category(), Stage.ASK, Script.Variant.SHORT,
                Set.of(Platform.JD), Set.of(Emotion.CALM), "/fc", List.of("少件, 核对", "核对"), "少件核对",
                "麻烦您拍一下包装清单。"));
        assertThat(library.byId(created.id())).contains(edited);
        assertThat(edited.tags()).containsExactly("少件", "核对");

        Script copy = library.duplicate(created.id(), "少件核对（副本）");
        assertThat(copy.id()).isNotEqualTo(created.id());
        assertThat(copy.code()).isNull();
        assertThat(copy.text()).isEqualTo(edited.text());

        library.delete(created.id());
        assertThat(library.byId(created.id())).isEmpty();
        assertThat(library.byCode("/fc")).isEmpty();

        assertThat(library.undoHistory()).extracting(UndoEntry::operation).containsExactly(
                UndoEntry.Operation.DELETE, UndoEntry.Operation.DUPLICATE, UndoEntry.Operation.EDIT,
                UndoEntry.Operation.CREATE);
        assertThat(library.undo()).get().extracting(UndoEntry::operation).isEqualTo(UndoEntry.Operation.DELETE);
        assertThat(library.byId(created.id())).contains(edited);
        assertThat(library.byCode("fc")).contains(edited);
        library.undo();
        assertThat(library.byId(copy.id())).isEmpty();
        library.undo();
        assertThat(library.byId(created.id())).contains(created);
        library.undo();
        assertThat(library.byId(created.id())).isEmpty();
        assertThat(library.all()).hasSize(3);
        assertThat(library.undo()).isEmpty();
    }

    @Test
    void undoIsLimitedToTheLastChanges() {
        Script s = library.all().get(0);
        for (int i = 0; i < ScriptLibrary.UNDO_LIMIT + 5; i++) {
            library.update(new Script(s.id(), s.category(), s.stage(), s.variant(), s.platforms(), s.emotions(),
                    s.code(), s.tags(), s.title(), "版本 " + i));
        }
        assertThat(library.undoHistory()).hasSize(ScriptLibrary.UNDO_LIMIT);
        while (library.undo().isPresent()) {
            // undo everything that can be undone
        }
        assertThat(library.byId(s.id()).orElseThrow().text()).isEqualTo("版本 4");
    }

    @Test
    void theEditorsMistakesAreRefusedAndChangeNothing() {
        long revision = library.revision();
        assertThatThrownBy(() -> library.create(draft(Category.DAMAGED, Stage.ASK, null, "空", "   ")))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.emptyText");
        assertThatThrownBy(() -> library.create(draft(Category.DAMAGED, Stage.ASK, "/ps", "重复", "内容")))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.codeTaken");
        assertThatThrownBy(() -> library.create(draft(Category.DAMAGED, Stage.ASK, "/破损", "码", "内容")))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.codeFormat");
        assertThatThrownBy(() -> library.create(draft(Category.DAMAGED, Stage.ASK, null, "长", "字".repeat(1001))))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.textTooLong");
        assertThat(library.all()).hasSize(3);
        assertThat(library.revision()).isEqualTo(revision);
        assertThat(library.undoHistory()).isEmpty();
    }

    @Test
    void shortCodesAreUniqueAndFoundInAnyWidth() {
        assertThat(library.byCode("/ps")).get().extracting(Script::id).isEqualTo("damaged-soothe-warm-1");
        assertThat(library.byCode("ps")).isPresent();
        assertThat(library.byCode("／ＰＳ")).as("full-width input").isPresent();
        assertThat(library.byCode("/nope")).isEmpty();
        assertThat(library.codeOwner("/ps", "other")).isPresent();
        assertThat(library.codeOwner("/ps", "damaged-soothe-warm-1")).isEmpty();
        // a code can move from one script to another in two steps
        Script ps = library.byCode("/ps").orElseThrow();
        library.update(withCode(ps, null));
        Script other = library.byId("general-close-warm-1").orElseThrow();
        library.update(withCode(other, "/ps"));
        assertThat(library.byCode("/ps")).get().extracting(Script::id).isEqualTo("general-close-warm-1");
    }

    static Script withCode(Script s, String code) {
        return new Script(s.id(), s.category(), s.stage(), s.variant(), s.platforms(), s.emotions(), code, s.tags(),
                s.title(), s.text());
    }

    @Test
    void browsingByCategoryAndStage() {
        assertThat(library.find(ScriptFilter.of(Category.DAMAGED))).hasSize(2);
        assertThat(library.find(ScriptFilter.of(Category.DAMAGED).withStage(Stage.RESOLVE)))
                .extracting(Script::id).containsExactly("damaged-resolve-short-1");
        assertThat(library.find(ScriptFilter.general())).extracting(Script::id)
                .containsExactly("general-close-warm-1");
        assertThat(library.find(ScriptFilter.everything().withStage(Stage.CLOSE))).hasSize(1);
        assertThat(library.find(ScriptFilter.of(Category.INVOICE))).isEmpty();
        assertThat(library.counts().get(Category.DAMAGED)).containsEntry(Stage.SOOTHE, 1).containsEntry(Stage.RESOLVE, 1);
        assertThat(library.counts().get(null)).containsEntry(Stage.CLOSE, 1);
    }

    @Test
    void searchIsChineseAwareAndRanksTitleAndCodeMatchesFirst() {
        assertThat(ids("摔坏")).containsExactly("damaged-soothe-warm-1");
        assertThat(ids("摔壞")).as("Traditional query finds Simplified text").containsExactly("damaged-soothe-warm-1");
        assertThat(ids("運單號")).containsExactly("damaged-resolve-short-1");
        assertThat(ids("ｐｓ")).as("full-width short code").first().isEqualTo("damaged-soothe-warm-1");
        assertThat(ids("/xx")).containsExactly("general-close-warm-1");
        assertThat(ids("补发")).containsExactly("damaged-resolve-short-1");
        assertThat(ids("破损")).as("title prefix beats text").containsExactly("damaged-soothe-warm-1",
                "damaged-resolve-short-1");
        assertThat(ids("照片 外箱")).as("every word must match").containsExactly("damaged-soothe-warm-1");
        assertThat(ids("照片 发票")).isEmpty();
        assertThat(library.find(ScriptFilter.of(Category.DAMAGED).withStage(Stage.RESOLVE).withQuery("破损")))
                .extracting(Script::id).containsExactly("damaged-resolve-short-1");
        // a script created in Traditional characters is found by a Simplified query
        library.create(draft(Category.INVOICE, Stage.RESOLVE, null, "發票", "電子發票已經開好，請查收。"));
        assertThat(ids("电子发票")).hasSize(1);
    }

    List<String> ids(String query) {
        return library.find(ScriptFilter.everything().withQuery(query)).stream().map(Script::id).toList();
    }

    @Test
    void usageIsRecordedAndSurvivesDeleteAndUndo() {
        assertThat(library.usage("damaged-soothe-warm-1")).isEqualTo(ScriptUsage.NONE);
        library.recordUse("damaged-soothe-warm-1", false, 0);
        library.recordUse("damaged-soothe-warm-1", true, 0.2);
        library.recordUse("damaged-soothe-warm-1", true, 0.4);
        ScriptUsage u = library.usage("damaged-soothe-warm-1");
        assertThat(u.timesUsed()).isEqualTo(3);
        assertThat(u.timesEdited()).isEqualTo(2);
        assertThat(u.averageEditRatio()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(u.editedShare()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(u.lastUsed()).isEqualTo(CLOCK.instant());
        library.delete("damaged-soothe-warm-1");
        library.undo();
        assertThat(library.usage("damaged-soothe-warm-1").timesUsed()).isEqualTo(3);
    }

    @Test
    void theRevisionChangesWhenAnotherProcessChangesTheLibrary() {
        long before = library.revision();
        List<Script> cached = library.all();
        assertThat(library.all()).as("cached between changes").isSameAs(cached);
        ScriptLibrary other = newLibrary(); // e.g. the command line on the same database
        other.delete("general-close-warm-1");
        assertThat(library.revision()).isNotEqualTo(before);
        assertThat(library.all()).hasSize(2);
        library.recordUse("damaged-soothe-warm-1", false, 0);
        long after = library.revision();
        assertThat(library.revision()).as("usage is not a library change").isEqualTo(after);
    }

    @Test
    void placeholdersAreFilledAndMissingOnesStayVisible() {
        ScriptLibrary.Filled f = ScriptLibrary.fill("{买家}您好，运单号 {运单号}，订单 {订单号}。",
                Map.of("买家", "小王", "订单号", " "));
        assertThat(f.text()).isEqualTo("小王您好，运单号 {运单号}，订单 {订单号}。");
        assertThat(f.missing()).containsExactly("运单号", "订单号");
    }
}
