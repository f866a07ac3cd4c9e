package com.afterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReplyCommandTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path home;

    CliTestSupport.Result run(Locale locale, String... args) {
        return CliTestSupport.run(home, CLOCK, locale, args);
    }

    @Test
    void aCleanReplyExitsZero() throws Exception {
        var r = run(Locale.CHINA, "check-reply", "亲，非常抱歉，已经帮您催快递了", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("findings")).isEmpty();
        var human = run(Locale.CHINA, "check-reply", "亲，非常抱歉，已经帮您催快递了");
        assertThat(human.exitCode()).isZero();
        assertThat(human.out()).contains("没有发现问题");
    }

    @Test
    void findingsExitOneWithTheContractedJsonShape() throws Exception {
        String reply = "😊亲，加我微信，最好的服务";
        var r = run(Locale.CHINA, "check-reply", reply, "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        JsonNode findings = json.get("findings");
        assertThat(findings).hasSize(2);
        for (JsonNode f : findings) {
            assertThat(f.has("rule") && f.has("severity") && f.has("start") && f.has("end") && f.has("message")
                    && f.has("suggestion")).as(f.toString()).isTrue();
        }
        JsonNode first = findings.get(0);
        assertThat(first.get("rule").asText()).isEqualTo("OFF_PLATFORM");
        assertThat(first.get("severity").asText()).isEqualTo("BLOCK");
        // offsets count characters (code points): the emoji is one
        int[] cps = reply.codePoints().toArray();
        assertThat(new String(cps, first.get("start").asInt(), first.get("end").asInt() - first.get("start").asInt()))
                .isEqualTo("加我微信");
        assertThat(first.get("message").asText()).contains("平台外");
        assertThat(first.get("suggestion").asText()).isEqualTo("在这里给我留言");
        JsonNode second = findings.get(1);
        assertThat(second.get("rule").asText()).isEqualTo("ABSOLUTE_CLAIM");
        assertThat(second.get("severity").asText()).isEqualTo("WARN");
        assertThat(second.get("suggestion").asText()).isEqualTo("很好");
    }

    @Test
    void warningsOnlyAreStillFindingsButOk() throws Exception {
        var r = run(Locale.CHINA, "check-reply", "这是最好的面料", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(Json.mapper().readTree(r.out()).get("ok").asBoolean()).isTrue();
    }

    @Test
    void theReadableFormShowsEachFindingWithItsExplanationAndSuggestion() {
        var r = run(Locale.CHINA, "check-reply", "亲，加我微信，{订单号}");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("不能发送").contains("阻止发送").contains("引导到平台外").contains("「加我微信」")
                .contains("建议改为：「在这里给我留言」").contains("占位符");
        var en = run(Locale.US, "check-reply", "亲，加我微信");
        assertThat(en.out()).contains("Cannot send").contains("Off the platform").contains("Suggested");
    }

    @Test
    void theBuyerMessageEnablesTheOffTopicCheck() throws Exception {
        var r = run(Locale.CHINA, "check-reply", "已经帮您催快递了", "--buyer", "发票抬头开错了", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(Json.mapper().readTree(r.out()).get("findings").get(0).get("rule").asText()).isEqualTo("OFF_TOPIC");
    }

    @Test
    void theShopsOwnFileIsUsedAndABrokenOneIsReportedButDoesNotStopTheCheck() throws Exception {
        Files.writeString(home.resolve("quality-rules.json"),
                "{\"format\": \"afterdesk-quality-rules\", \"bannedWords\": [\"某某家\"]}", StandardCharsets.UTF_8);
        var r = run(Locale.CHINA, "check-reply", "和某某家一样", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("SHOP_BANNED_WORD");

        Files.writeString(home.resolve("quality-rules.json"), "{\n\"format\": \"afterdesk-quality-rules\",\n"
                + "\"bannedWords\": 5\n}", StandardCharsets.UTF_8);
        var broken = run(Locale.CHINA, "check-reply", "和某某家一样，加我微信", "--json");
        assertThat(broken.err()).contains("quality-rules.json").contains("3: ");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).doesNotContain("SHOP_BANNED_WORD").contains("OFF_PLATFORM");
    }

    @Test
    void aCaseThatDoesNotExistIsBadInput() {
        var r = run(Locale.CHINA, "check-reply", "给您补偿5元", "--case", "7");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("没有编号为 7 的售后单");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void withACaseTheAmountsAreCheckedAgainstItsPostageAndPayment() {
        var add = run(Locale.CHINA, "case", "add", "--platform", "taobao", "--type", "NONE", "--order", "TB900",
                "--amount", "59.90", "--postage", "8");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var fine = run(Locale.CHINA, "check-reply", "给您补偿5元运费，您看可以吗", "--case", "1", "--json");
        assertThat(fine.out()).doesNotContain("COMPENSATION_ABOVE_POSTAGE");
        var above = run(Locale.CHINA, "check-reply", "给您补偿20元，您看可以吗", "--case", "1", "--json");
        assertThat(above.exitCode()).isEqualTo(1);
        assertThat(above.out()).contains("COMPENSATION_ABOVE_POSTAGE");
        var paid = run(Locale.CHINA, "check-reply", "给您退款100元", "--case", "1", "--json");
        assertThat(paid.out()).contains("AMOUNT_ABOVE_PAID");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run(Locale.CHINA, "check-reply").exitCode()).isEqualTo(2);
        assertThat(run(Locale.CHINA, "check-reply", "  ").exitCode()).isEqualTo(2);
        assertThat(run(Locale.CHINA, "check-reply", "好的", "--case", "abc").exitCode()).isEqualTo(2);
        assertThat(run(Locale.CHINA, "check-reply", "好的", "--frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheCommandInTheUsersLanguage() {
        var r = run(Locale.CHINA, "check-reply", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--buyer").contains("质检");
    }
}
