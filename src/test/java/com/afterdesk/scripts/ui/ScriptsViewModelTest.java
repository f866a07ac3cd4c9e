package com.afterdesk.scripts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.common.Messages;
import com.afterdesk.common.SameThreadTaskRunner;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptFilter;
import com.afterdesk.scripts.ScriptLibrary;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    static final String DEFAULTS = """
            {"format": "afterdesk-scripts", "scripts": [
              {"id": "d1", "category": "DAMAGED", "stage": "SOOTHE", "variant": "WARM", "code": "/ps",
               "title": "破损致歉", "text": "{买家}您好，东西摔坏了，真的很抱歉。"},
              {"id": "d2", "category": "DAMAGED", "stage": "RESOLVE", "variant": "SHORT",
               "title": "破损补发", "text": "给您补发一件，运单号 {运单号}。"},
              {"id": "g1", "category": "GENERAL", "stage": "CLOSE", "variant": "WARM",
               "title": "感谢", "text": "感谢您的耐心。"}
            ]}
            """;

    @TempDir
    Path home;
    Database db;
    ScriptLibrary library;
    ScriptsViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(home), CLOCK);
        library = new ScriptLibrary(db, CLOCK, () -> new ByteArrayInputStream(DEFAULTS.getBytes(StandardCharsets.UTF_8)));
        model = new ScriptsViewModel(library, new SameThreadTaskRunner(), Messages.forLocale(Locale.CHINA), CLOCK);
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> rowIds() {
        return model.rows().stream().map(r -> r.script().id()).toList();
    }

    ScriptsViewModel.Group group(Category c) {
        return model.groups().stream().filter(g -> g.scope() == ScriptFilter.Scope.CATEGORY && g.category() == c)
                .findFirst().orElseThrow();
    }

    @Test
    void categoriesAndStagesShowCountsAndFilterTheList() {
        assertThat(model.groups().get(0).label()).isEqualTo("全部话术");
        assertThat(model.groups().get(0).count()).isEqualTo(3);
        assertThat(model.groups().get(1).label()).isEqualTo("通用");
        assertThat(group(Category.DAMAGED).count()).isEqualTo(2);
        assertThat(rowIds()).containsExactly("d1", "d2", "g1");

        model.selectedGroupProperty().set(group(Category.DAMAGED));
        assertThat(rowIds()).containsExactly("d1", "d2");
        assertThat(model.stages()).filteredOn(s -> s.stage() == Stage.RESOLVE).singleElement()
                .extracting(ScriptsViewModel.StageItem::count).isEqualTo(1);
        model.selectedStageProperty().set(model.stages().stream().filter(s -> s.stage() == Stage.RESOLVE)
                .findFirst().orElseThrow());
        assertThat(rowIds()).containsExactly("d2");
        assertThat(model.rows().get(0).details()).contains("运输破损").contains("解决方案").contains("简短").contains("已用 0 次");

        model.selectedGroupProperty().set(model.groups().get(0));
        model.queryProperty().set("摔壞");
        assertThat(rowIds()).as("stage filter reset, Traditional search").containsExactly("d1");
    }

    @Test
    void editingShowsPlaceholdersAndProblemsWhileTypingAndSaves() {
        Script d2 = library.byId("d2").orElseThrow();
        model.select(d2);
        assertThat(model.placeholders()).extracting(ScriptsViewModel.PlaceholderItem::name).containsExactly("运单号");
        assertThat(model.validationProperty().get()).isEmpty();

        model.textProperty().set("   ");
        assertThat(model.validationProperty().get()).isEqualTo("话术内容不能为空。");
        model.textProperty().set("给您补发一件，{快递}单号 {运单号}，{礼物}随包裹寄出。");
        assertThat(model.placeholders()).extracting(ScriptsViewModel.PlaceholderItem::known)
                .containsExactly(true, true, false);
        assertThat(model.validationProperty().get()).contains("{礼物}");
        model.codeProperty().set("ps");
        assertThat(model.validationProperty().get()).contains("/ps").contains("破损致歉");
        model.save();
        assertThat(library.byId("d2").orElseThrow().text()).as("a taken code is not saved").startsWith("给您补发一件，运单号");

        model.codeProperty().set("bf");
        model.save();
        Script saved = library.byId("d2").orElseThrow();
        assertThat(saved.code()).isEqualTo("/bf");
        assertThat(saved.text()).contains("{礼物}");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("已保存");
        assertThat(model.undoLabelProperty().get()).isEqualTo("撤销：修改“破损补发”");
    }

    @Test
    void newDuplicateDeleteAndUndo() {
        model.selectedGroupProperty().set(group(Category.INVOICE));
        model.newScript();
        assertThat(model.categoryProperty().get().category()).isEqualTo(Category.INVOICE);
        model.titleProperty().set("电子发票");
        model.textProperty().set("电子发票已经开好，请在订单详情里下载。");
        model.tagsProperty().set("发票，电子");
        model.save();
        Script created = model.editingProperty().get();
        assertThat(created).isNotNull();
        assertThat(library.byId(created.id()).orElseThrow().tags()).containsExactly("发票", "电子");
        assertThat(group(Category.INVOICE).count()).isEqualTo(1);

        model.duplicate();
        assertThat(model.editingProperty().get().title()).isEqualTo("电子发票（副本）");
        assertThat(group(Category.INVOICE).count()).isEqualTo(2);

        model.delete();
        assertThat(model.editingProperty().get()).isNull();
        assertThat(group(Category.INVOICE).count()).isEqualTo(1);
        assertThat(model.canUndoProperty().get()).isTrue();
        model.undo();
        assertThat(group(Category.INVOICE).count()).isEqualTo(2);
        assertThat(model.statusProperty().get()).contains("已撤销").contains("删除");
    }

    @Test
    void usageStatisticsAreShownForTheSelectedScript() {
        library.recordUse("d1", true, 0.5);
        library.recordUse("d1", false, 0);
        model.refresh();
        model.select(library.byId("d1").orElseThrow());
        assertThat(model.usageProperty().get()).isEqualTo(
                "已使用 2 次 · 最近一次 2026-11-24 08:00 · 发送前修改过的占 50%（平均改动 50%）");
        assertThat(model.rows().stream().filter(r -> r.script().id().equals("d1")).findFirst().orElseThrow()
                .timesUsed()).isEqualTo(2);
    }

    @Test
    void aBrokenImportIsReportedLineByLineAndChangesNothing() throws Exception {
        Path file = home.resolve("broken.csv");
        Files.writeString(file, "category,stage,text\nDAMAGED,ASK,好的\nDAMAGED,SOMEDAY,坏的\n,ASK,没有分类\n",
                StandardCharsets.UTF_8);
        List<Script> before = library.all();
        model.importFile(file);
        ScriptsViewModel.ImportFailure failure = model.importFailureProperty().get();
        assertThat(failure).isNotNull();
        assertThat(failure.summary()).contains("broken.csv").contains("2 处问题").contains("没有导入任何内容");
        assertThat(failure.problems()).hasSize(2);
        assertThat(failure.problems().get(0)).startsWith("第 3 行：").contains("SOMEDAY");
        assertThat(failure.problems().get(1)).startsWith("第 4 行：").contains("category");
        assertThat(library.all()).isEqualTo(before);
        assertThat(model.rows()).hasSize(3);

        Files.writeString(file, "category,stage,text\nDAMAGED,ASK,麻烦拍一下外箱\n", StandardCharsets.UTF_8);
        model.importFile(file);
        assertThat(model.importFailureProperty().get()).isNull();
        assertThat(model.statusProperty().get()).contains("导入 1 条");
        assertThat(model.rows()).hasSize(4);
    }
}
