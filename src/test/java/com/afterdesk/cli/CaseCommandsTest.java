package com.afterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    CliTestSupport.Result run(String... args) {
        return CliTestSupport.run(home, CLOCK, Locale.CHINA, args);
    }

    static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void addEventDeadlineShowAndDue() throws Exception {
        var add = run("case", "add", "--platform", "taobao", "--type", "RETURN_REFUND", "--shipped", "--order",
                "TB100", "--buyer", "小鱼", "--amount", "59.90", "--postage", "8", "--json");
        assertThat(add.exitCode()).as(add.err()).isZero();
        JsonNode a = json(add.out());
        assertThat(a.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(a.get("clocks").get(0).get("dueAt").asText()).isEqualTo("2026-11-26T16:00+08:00");
        assertThat(a.get("clocks").get(0).get("remainingSeconds").asLong()).isEqualTo(48 * 3600);
        long id = a.get("id").asLong();

        var agreed = run("case", "event", String.valueOf(id), "SELLER_AGREED", "--at", "2026-11-24T16:00:00+08:00",
                "--json");
        assertThat(json(agreed.out()).get("state").asText()).isEqualTo("AWAITING_RETURN");
        assertThat(json(agreed.out()).get("clocks").get(0).get("actor").asText()).isEqualTo("BUYER");

        var exact = run("case", "deadline", String.valueOf(id), "--due", "2026-11-30T12:00:00+08:00", "--json");
        assertThat(json(exact.out()).get("clocks").get(0).get("source").asText()).isEqualTo("PLATFORM");

        var show = run("case", "show", String.valueOf(id), "--json");
        JsonNode s = json(show.out());
        assertThat(s.get("platform").asText()).isEqualTo("taobao");
        assertThat(s.get("type").asText()).isEqualTo("RETURN_REFUND");
        assertThat(s.get("clocks")).hasSize(2);
        assertThat(s.get("clocks").get(0).get("done").asBoolean()).isTrue();
        for (String field : new String[] {"kind", "actor", "startedAt", "dueAt", "onTimeout", "source", "paused",
                "done", "urgency", "remainingSeconds"}) {
            assertThat(s.get("clocks").get(1).has(field)).as(field).isTrue();
        }
        assertThat(s.get("history")).hasSize(4);

        run("case", "add", "--platform", "taobao", "--type", "REFUND_ONLY", "--order", "TB200",
                "--opened", "2026-11-24T14:30:00+08:00");
        var due = run("due", "--json");
        String[] lines = due.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(json(lines[0]).get("orderNo").asText()).isEqualTo("TB200");
        assertThat(json(lines[0]).get("urgency").asText()).isEqualTo("WARNING");
        assertThat(json(lines[1]).get("caseId").asLong()).isEqualTo(id);
        var later = run("due", "--json", "--at", "2026-11-25T16:00:00+08:00", "--within", "24h");
        assertThat(json(later.out().strip().split("\n")[0]).get("urgency").asText()).isEqualTo("OVERDUE");

        var human = run("case", "show", String.valueOf(id));
        assertThat(human.out()).contains("退货退款").contains("买家寄回").contains("平台时间");
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing() throws Exception {
        var neg = run("case", "add", "--platform", "taobao", "--type", "REFUND_ONLY", "--order", "X", "--amount", "-5");
        assertThat(neg.exitCode()).isEqualTo(2);
        assertThat(neg.err()).contains("金额不能为负数");
        var platform = run("case", "add", "--platform", "amazon", "--type", "REFUND_ONLY", "--order", "X");
        assertThat(platform.exitCode()).isEqualTo(2);
        assertThat(platform.err()).contains("amazon").contains("taobao");
        var add = run("case", "add", "--platform", "taobao", "--type", "REFUND_ONLY", "--order", "X", "--json");
        String id = json(add.out()).get("id").asText();
        var wrong = run("case", "event", id, "BUYER_SHIPPED");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("BUYER_SHIPPED");
        var early = run("case", "event", id, "SELLER_AGREED", "--at", "2026-11-24T10:00:00+08:00");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("早于售后单的开单时间");
        var unknown = run("case", "event", id, "FROBNICATE");
        assertThat(unknown.exitCode()).isEqualTo(2);
        var other = run("case", "add", "--platform", "other", "--type", "NONE", "--order", "Y", "--json");
        var past = run("case", "deadline", json(other.out()).get("id").asText(), "--due", "2026-11-24T15:00:00+08:00");
        assertThat(past.exitCode()).isEqualTo(2);
        assertThat(past.err()).contains("已经过去");
        var show = run("case", "show", id, "--json");
        assertThat(json(show.out()).get("history")).hasSize(2);
        assertThat(json(show.out()).get("state").asText()).isEqualTo("REQUESTED");
    }

    @Test
    void rulesExportImportAndRejectionWithLineNumbers() throws Exception {
        Path file = home.resolve("taobao-rules.json");
        assertThat(run("export", "rules", file.toString(), "--platform", "taobao").exitCode()).isZero();
        String text = Files.readString(file);
        assertThat(text).contains("taobao.return.confirm").contains("PT72H");
        String edited = text.replace("\"duration\" : \"PT24H\"", "\"duration\" : \"PT12H\"");
        Files.writeString(file, edited);
        var ok = run("import", "rules", file.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        var add = run("case", "add", "--platform", "taobao", "--type", "REFUND_ONLY", "--order", "X", "--json");
        assertThat(json(add.out()).get("clocks").get(0).get("remainingSeconds").asLong()).isEqualTo(12 * 3600);

        String[] lines = text.split("\n");
        int stateLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"state\" : \"REQUESTED\"")) {
                lines[i] = lines[i].replace("REQUESTED", "WAITING");
                stateLine = i + 1;
                break;
            }
        }
        int durationLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"duration\" : \"PT48H\"")) {
                lines[i] = lines[i].replace("PT48H", "two days");
                durationLine = i + 1;
                break;
            }
        }
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, String.join("\n", lines));
        var refused = run("import", "rules", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("line " + stateLine + ":").contains("WAITING")
                .contains("line " + durationLine + ":").contains("two days");
        var still = run("case", "add", "--platform", "taobao", "--type", "REFUND_ONLY", "--order", "Y", "--json");
        assertThat(json(still.out()).get("clocks").get(0).get("remainingSeconds").asLong())
                .as("the imported rules stay in force").isEqualTo(12 * 3600);
    }
}
