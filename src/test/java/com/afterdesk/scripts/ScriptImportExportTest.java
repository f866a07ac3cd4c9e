package com.afterdesk.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptImportExportTest {

    static final String HEADER = "id,category,stage,variant,platforms,emotions,code,tags,title,text\n";

    @TempDir
    Path dir;
    final List<Database> open = new ArrayList<>();
    ScriptLibrary library;

    @BeforeEach
    void setUp() {
        library = library("main", ScriptLibraryTest.DEFAULTS);
    }

    ScriptLibrary library(String name, String defaults) {
        Database db = Database.open(DataFolder.open(dir.resolve(name)), ScriptLibraryTest.CLOCK);
        open.add(db);
        return new ScriptLibrary(db, ScriptLibraryTest.CLOCK,
                () -> new ByteArrayInputStream(defaults.getBytes(StandardCharsets.UTF_8)));
    }

    ScriptLibrary emptyLibrary(String name) {
        return library(name, "{\"format\": \"afterdesk-scripts\", \"scripts\": []}");
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    /** Scripts whose text needs CSV quoting: commas, quotes, line breaks, a leading space in the title. */
    void addAwkwardScripts() {
        library.create(new Script("awkward-1", Category.PRICE_PROMO, Stage.EXPLAIN, Script.Variant.FORMAL,
                Set.of(Platform.JD, Platform.TMALL), Set.of(Emotion.CALM, Emotion.UPSET), "/bj",
                List.of("保价", "差价"), "保价说明",
                "亲，京东的“价保”规则是：签收后 7 天内，降价可申请差价，\"以页面为准\"。\n第二行：{金额} 元，\r\n第三行。"));
        library.create(new Script("awkward-2", null, Stage.FOLLOW_UP, Script.Variant.SHORT, Set.of(), Set.of(), null,
                List.of(), "逗号,标题", "\"开头就是引号\", 然后逗号"));
    }

    @Test
    void jsonRoundTripKeepsEveryScriptExactly() throws Exception {
        addAwkwardScripts();
        Path file = dir.resolve("out/library.json");
        assertThat(library.exportFile(file)).isEqualTo(5);
        ScriptLibrary other = emptyLibrary("other");
        ImportReport report = other.importFile(file, false);
        assertThat(report.added()).isEqualTo(5);
        assertThat(other.all()).containsExactlyElementsOf(library.all());
        assertThat(other.importFile(file, false)).as("importing again changes nothing")
                .isEqualTo(new ImportReport(0, 0, 5, false));
    }

    @Test
    void csvRoundTripKeepsCommasQuotesAndLineBreaks() throws Exception {
        addAwkwardScripts();
        Path file = dir.resolve("library.csv");
        library.exportFile(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"\"以页面为准\"\"");
        ScriptLibrary other = emptyLibrary("other");
        assertThat(other.importFile(file, false).added()).isEqualTo(5);
        assertThat(other.all()).containsExactlyElementsOf(library.all());
        assertThat(other.byId("awkward-1").orElseThrow().text()).contains("\n第二行").contains("\"以页面为准\"");
    }

    @Test
    void importReplacesByIdAddsNewOnesAndCanBeUndone() throws Exception {
        Path file = write("merge.csv", HEADER
                + "damaged-soothe-warm-1,DAMAGED,SOOTHE,WARM,,UPSET,/ps,破损,破损致歉,新的致歉内容\n"
                + ",INVOICE,RESOLVE,SHORT,,,/fp,发票,发票已开,发票已经开好，请在订单详情里下载。\n"
                + "general-close-warm-1,GENERAL,CLOSE,WARM,,,/xx,结束,感谢结束,感谢您的耐心，有任何问题随时找我。\n");
        ImportReport dry = library.importFile(file, true);
        assertThat(dry).isEqualTo(new ImportReport(1, 1, 1, true));
        assertThat(library.byId("damaged-soothe-warm-1").orElseThrow().text()).startsWith("{买家}");
        assertThat(library.all()).hasSize(3);

        ImportReport report = library.importFile(file, false);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(library.byId("damaged-soothe-warm-1").orElseThrow().text()).isEqualTo("新的致歉内容");
        assertThat(library.byCode("/fp")).get().extracting(Script::category).isEqualTo(Category.INVOICE);
        assertThat(library.all()).hasSize(4);

        assertThat(library.undo()).get().extracting(UndoEntry::operation, UndoEntry::label, UndoEntry::scripts)
                .containsExactly(UndoEntry.Operation.IMPORT, "merge.csv", 2);
        assertThat(library.all()).hasSize(3);
        assertThat(library.byId("damaged-soothe-warm-1").orElseThrow().text()).startsWith("{买家}");
    }

    @Test
    void aBrokenJsonFileIsRejectedWithItsLineAndChangesNothing() throws Exception {
        assertRejected(write("broken.json", """
                {"format": "afterdesk-scripts", "scripts": [
                  {"id": "a", "category": "DAMAGED", "stage": "ASK", "text": "好的"},
                  {"id": "b", "category": "DAMAGED", "stage": "ASK" "text": "少了逗号"}
                ]}
                """), 3);
    }

    @Test
    void unknownValuesAndDuplicatesAreAllReportedWithTheirLines() throws Exception {
        List<ScriptFileException.Problem> problems = assertRejected(write("bad.json", """
                {"format": "afterdesk-scripts", "scripts": [
                  {"id": "a", "category": "DAMAGED", "stage": "ASK", "text": "好的"},
                  {"id": "b", "category": "BROKEN_GLASS", "stage": "ASK", "text": "未知分类"},
                  {"id": "a", "category": "DAMAGED", "stage": "SOOTHE", "text": "重复 id"},
                  {"id": "c", "category": "DAMAGED", "stage": "LATER", "text": "未知阶段"},
                  {"id": "d", "category": "DAMAGED", "stage": "ASK", "code": "/ps", "text": "快捷码已被占用"},
                  {"id": "e", "category": "DAMAGED", "stage": "ASK", "code": "/k", "text": "有内容"},
                  {"id": "f", "category": "DAMAGED", "stage": "ASK", "code": "/k", "text": "重复快捷码"}
                ]}
                """), 3, 4, 5, 6, 8);
        Messages zh = Messages.forLocale(Locale.CHINA);
        assertThat(ScriptFileException.line(zh, problems.get(0))).isEqualTo(
                "第 3 行：话术 b：字段 category 的值“BROKEN_GLASS”无法识别");
        assertThat(problems).extracting(ScriptFileException.Problem::key).contains("scripts.file.duplicateId");
        // the code /ps belongs to a library script the file does not replace
        Path clash = write("clash.json", """
                {"format": "afterdesk-scripts", "scripts": [
                  {"id": "x", "category": "DAMAGED", "stage": "ASK", "text": "好的"},
                  {"id": "d", "category": "DAMAGED", "stage": "ASK", "code": "/ps", "text": "快捷码已被占用"}
                ]}
                """);
        List<ScriptFileException.Problem> clashes = assertRejected(clash, 3);
        assertThat(ScriptFileException.line(zh, clashes.get(0))).contains("/ps").contains("破损致歉");
    }

    @Test
    void badCsvRowsAreRejectedWithTheirLines() throws Exception {
        assertRejected(write("rows.csv", HEADER
                + "a,DAMAGED,ASK,SHORT,,,,,标题,好的\n"
                + "b,DAMAGED,ASK,SHORT,,,,,标题,内容里有逗号,却没加引号\n"
                + "c,DAMAGED,ASK,SHORT,,,,,\"多行\n标题\",好的\n"
                + "d,NOPE,ASK,SHORT,,,,,标题,好的\n"
                + "e,DAMAGED,ASK,SHORT,wechat,,,,标题,好的\n"), 3, 6, 7);
        assertRejected(write("quote.csv", HEADER
                + "a,DAMAGED,ASK,SHORT,,,,,标题,好的\n"
                + "b,DAMAGED,ASK,SHORT,,,,,标题,\"没有闭合的引号\n"
                + "c,DAMAGED,ASK,SHORT,,,,,标题,好的\n"), 3);
        assertRejected(write("header.csv", "id,category,phase,text\na,DAMAGED,ASK,好的\n"), 1, 1);
    }

    @Test
    void gbkAndBomCsvFromExcelAreRead() throws Exception {
        String csv = "category,stage,title,text\r\nDAMAGED,ASK,问照片,麻烦您拍一下外箱的照片，谢谢！\r\n";
        Path gbk = dir.resolve("excel-gbk.csv");
        Files.write(gbk, csv.getBytes(Charset.forName("GBK")));
        assertThat(library.importFile(gbk, false).added()).isEqualTo(1);
        assertThat(library.find(ScriptFilter.everything().withQuery("外箱的照片"))).singleElement()
                .extracting(Script::title).isEqualTo("问照片");

        Path bom = dir.resolve("excel-utf8.csv");
        byte[] body = csv.replace("问照片", "问视频").replace("照片", "视频").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertThat(library.importFile(bom, false).added()).isEqualTo(1);
        assertThat(library.find(ScriptFilter.everything().withQuery("问视频"))).hasSize(1);

        Path utf16 = dir.resolve("unicode.csv");
        byte[] le = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        Files.write(utf16, le);
        List<ScriptFileException.Problem> problems = assertRejected(utf16, 0);
        assertThat(problems.get(0).key()).isEqualTo("scripts.csv.utf16");
    }

    @Test
    void otherFileTypesAndMissingFilesAreRefused() {
        assertThatThrownBy(() -> library.importFile(dir.resolve("library.xlsx"), false))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.fileType");
        assertThatThrownBy(() -> library.importFile(dir.resolve("missing.json"), false))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.noFile");
        assertThatThrownBy(() -> library.exportFile(dir.resolve("library.txt")))
                .isInstanceOf(UserException.class).extracting("key").isEqualTo("scripts.error.fileType");
    }

    Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Imports a file that must be refused: with problems on exactly these lines, and the library unchanged. */
    List<ScriptFileException.Problem> assertRejected(Path file, Integer... lines) {
        List<Script> before = library.all();
        long revision = library.revision();
        int history = library.undoHistory().size();
        ScriptFileException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptFileException.class,
                () -> library.importFile(file, false));
        assertThat(e.problems()).extracting(ScriptFileException.Problem::line).containsExactly(lines);
        assertThat(library.all()).isEqualTo(before);
        assertThat(library.revision()).isEqualTo(revision);
        assertThat(library.undoHistory()).hasSize(history);
        String text = Messages.forLocale(Locale.CHINA).describe(e);
        assertThat(text).contains("没有导入任何内容");
        for (Integer line : lines) {
            if (line > 0) {
                assertThat(text).contains("第 " + line + " 行");
            }
        }
        return e.problems();
    }
}
