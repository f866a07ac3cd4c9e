package com.afterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsCliTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void exportThenImportIntoAnotherHomeGivesTheSameLibrary() throws Exception {
        Path json = tmp.resolve("library.json");
        var export = CliTestSupport.run(tmp.resolve("a"), CLOCK, Locale.CHINA, "export", "scripts", json.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("已导出").contains(json.toString());
        Path csv = tmp.resolve("library.csv");
        assertThat(CliTestSupport.run(tmp.resolve("a"), CLOCK, Locale.CHINA, "export", "scripts", csv.toString())
                .exitCode()).isZero();

        var again = CliTestSupport.run(tmp.resolve("b"), CLOCK, Locale.CHINA, "import", "scripts", csv.toString(),
                "--json");
        assertThat(again.exitCode()).isZero();
        JsonNode r = Json.mapper().readTree(again.out());
        assertThat(r.get("imported").asInt()).as("the seeded defaults are the same scripts").isZero();
        assertThat(r.get("skipped").asInt()).isGreaterThanOrEqualTo(400);
        assertThat(r.get("errors")).isEmpty();
    }

    @Test
    void aDryRunReportsCountsAndWritesNothing() throws Exception {
        Path csv = tmp.resolve("new.csv");
        Files.writeString(csv, "category,stage,title,text\nINVOICE,RESOLVE,电子发票,电子发票已经开好，请在订单详情里下载。\n",
                StandardCharsets.UTF_8);
        var dry = CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "import", "scripts", csv.toString(), "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("未写入").contains("新增 1");
        var real = CliTestSupport.run(tmp, CLOCK, Locale.US, "import", "scripts", csv.toString(), "--json");
        assertThat(Json.mapper().readTree(real.out()).get("imported").asInt()).isEqualTo(1);
        var twice = CliTestSupport.run(tmp, CLOCK, Locale.US, "import", "scripts", csv.toString(), "--dry-run");
        assertThat(twice.out()).as("a blank id always adds").contains("1 new");
    }

    @Test
    void anInvalidFileImportsNothingListsEveryLineAndExitsWithTwo() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "category,stage,title,text\n"
                + "INVOICE,RESOLVE,好的,可以导入的一行\n"
                + "INVOICE,NEVER,坏的,未知阶段\n"
                + "MOON,ASK,坏的,未知分类\n", StandardCharsets.UTF_8);
        Path before = tmp.resolve("before.json");
        CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "export", "scripts", before.toString());
        var r = CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "import", "scripts", csv.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode out = Json.mapper().readTree(r.out());
        assertThat(out.get("imported").asInt()).isZero();
        assertThat(out.get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(3, 4);
        assertThat(out.get("errors").get(0).get("message").asText()).contains("NEVER");
        assertThat(r.err()).contains("第 3 行").contains("第 4 行").contains("没有导入任何内容");
        Path after = tmp.resolve("after.json");
        CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "export", "scripts", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }

    @Test
    void importWithoutAKindOrWithAnUnknownTypeIsBadUsage() {
        assertThat(CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "import").exitCode()).isEqualTo(2);
        var r = CliTestSupport.run(tmp, CLOCK, Locale.US, "import", "scripts", tmp.resolve("x.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(".json or .csv");
    }
}
