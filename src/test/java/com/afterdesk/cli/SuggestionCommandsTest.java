package com.afterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void classifyWritesOneJsonLinePerInputWithAllCategoriesBestFirst() throws Exception {
        String in = """
                {"id": "m1", "text": "杯子到手就碎了，箱子也压扁了"}
                {"id": "m2", "text": "發票抬頭寫錯了，麻煩重開"}
                {"id": "m3", "text": "快递慢了一个礼拜我也就忍了，打开一看杯子还碎了两个"}
                """;
        var r = CliTestSupport.runWithInput(tmp, CliTest.CLOCK, Locale.CHINA, in, "classify");
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("m1");
        assertThat(first.get("categories")).hasSize(Category.values().length);
        assertThat(first.get("categories").get(0).get("id").asText()).isEqualTo("DAMAGED");
        double prev = 2;
        for (JsonNode c : first.get("categories")) {
            assertThat(c.get("score").asDouble()).isBetween(0.0, 1.0).isLessThanOrEqualTo(prev);
            prev = c.get("score").asDouble();
        }
        assertThat(first.get("emotion").asText()).isIn("CALM", "UPSET", "ANGRY");
        assertThat(Json.mapper().readTree(lines[1]).get("categories").get(0).get("id").asText()).isEqualTo("INVOICE");
        assertThat(first.get("alsoAbout")).isEmpty();
        // a further matter of the message is listed apart from the scores, which read the message as a whole
        JsonNode two = Json.mapper().readTree(lines[2]);
        assertThat(two.get("categories").get(0).get("id").asText()).isEqualTo("DAMAGED");
        assertThat(two.get("alsoAbout")).extracting(JsonNode::asText).containsExactly("LOGISTICS_DELAY");
    }

    @Test
    void malformedLinesAreReportedWithTheirNumberTheRestIsClassifiedAndTheExitCodeIsTwo() throws Exception {
        String in = "{\"id\":\"a\",\"text\":\"什么时候发货\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"好的\"}\n";
        var r = CliTestSupport.runWithInput(tmp, CliTest.CLOCK, Locale.CHINA, in, "classify");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().strip().split("\n")).hasSize(2);
        assertThat(r.err()).contains("第 2 行").contains("第 3 行").contains("c");
    }

    @Test
    void suggestForACaseUsesTheCasesPlatformAndRefusesAnUnknownCase() throws Exception {
        var add = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "case", "add", "--platform", "pdd",
                "--type", "NONE", "--order", "PDD77");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var r = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "suggest", "我要申请平台介入，你们不处理",
                "--case", "1", "--top", "30", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (JsonNode s : Json.mapper().readTree(r.out()).get("scripts")) {
            assertThat(s.get("id").asText()).as("only pdd or all-platform scripts")
                    .doesNotEndWith("-tb").doesNotEndWith("-jd").doesNotEndWith("-dy").doesNotEndWith("-tm");
        }
        var missing = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "suggest", "在吗", "--case", "42");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("42");
    }

    @Test
    void suggestJsonHasCategoriesEmotionAndScripts() throws Exception {
        var r = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "suggest", "快递把杯子压碎了！！气死了",
                "--top", "3", "--platform", "taobao", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("categories")).hasSize(Category.values().length);
        assertThat(j.get("categories").get(0).get("id").asText()).isEqualTo("DAMAGED");
        assertThat(j.get("emotion").asText()).isIn("UPSET", "ANGRY");
        assertThat(j.get("scripts").size()).isLessThanOrEqualTo(3);
        for (JsonNode s : j.get("scripts")) {
            assertThat(s.has("id") && s.has("category") && s.has("stage") && s.has("text") && s.has("score")).isTrue();
        }
        if (j.get("scripts").size() > 0) {
            assertThat(j.get("scripts").get(0).get("stage").asText()).isEqualTo("SOOTHE");
        }
    }

    @Test
    void suggestRejectsAnUnknownPlatform() {
        var r = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "suggest", "碎了", "--platform", "amazon");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("amazon");
    }

    @Test
    void evalReportsTheFiguresOfALabelledFile() throws Exception {
        Path file = tmp.resolve("labelled.jsonl");
        Files.writeString(file, """
                {"id":"1","text":"快递把花瓶压碎了","primary":"DAMAGED","secondary":[],"emotion":"UPSET"}
                {"id":"2","text":"请问怎么开发票","primary":"INVOICE","secondary":[],"emotion":"CALM"}
                """);
        var r = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "eval", file.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("messages").asInt()).isEqualTo(2);
        assertThat(j.get("top1").asDouble()).isEqualTo(1.0);
        assertThat(j.has("top3") && j.has("emotion") && j.has("perCategory") && j.has("confusions")).isTrue();
        Files.writeString(file, "{\"id\":\"1\",\"text\":\"x\",\"primary\":\"NOPE\"}\n");
        var bad = CliTestSupport.run(tmp, CliTest.CLOCK, Locale.CHINA, "eval", file.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("第 1 行");
    }
}
