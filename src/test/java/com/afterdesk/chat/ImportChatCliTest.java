package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.cli.CliTestSupport;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportChatCliTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/transcripts/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void importsThenSkipsWhatIsAlreadyThere() throws Exception {
        Path home = dir.resolve("home");
        Path file = sample("bracketed.txt");
        var dry = CliTestSupport.run(home, CLOCK, Locale.CHINA, "import", "chat", file.toString(), "--dry-run",
                "--json");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(Json.mapper().readTree(dry.out()).get("imported").asInt()).isEqualTo(5);
        var first = CliTestSupport.run(home, CLOCK, Locale.CHINA, "import", "chat", file.toString(), "--json");
        JsonNode json = Json.mapper().readTree(first.out());
        assertThat(json.get("imported").asInt()).isEqualTo(5);
        assertThat(json.get("skipped").asInt()).isZero();
        assertThat(json.get("errors")).isEmpty();
        var again = CliTestSupport.run(home, CLOCK, Locale.CHINA, "import", "chat", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("已导入 0 条消息，跳过 5 条");
    }

    @Test
    void aMalformedFileListsEveryProblemWithItsLineAndExitsOne() throws Exception {
        Path home = dir.resolve("home");
        var r = CliTestSupport.run(home, CLOCK, Locale.ENGLISH, "import", "chat",
                sample("malformed-date.txt").toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("imported").asInt()).isZero();
        assertThat(json.get("errors")).hasSize(2);
        assertThat(json.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json.get("errors").get(0).get("message").asText()).contains("2026-02-30 10:16")
                .contains("does not exist");
        var human = CliTestSupport.run(home, CLOCK, Locale.CHINA, "import", "chat",
                sample("malformed-date.txt").toString());
        assertThat(human.out()).contains("第 3 行").contains("没有导入任何消息");
    }

    @Test
    void aMissingFileIsBadInput() {
        var r = CliTestSupport.run(dir.resolve("home"), CLOCK, Locale.ENGLISH, "import", "chat",
                dir.resolve("nope.txt").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("File not found");
    }

    @Test
    void importsIntoTheConversationOfACaseAndRefusesAnUnknownCase() throws Exception {
        Path home = dir.resolve("home");
        var added = CliTestSupport.run(home, CLOCK, Locale.ENGLISH, "case", "add", "--platform", "taobao", "--type",
                "NONE", "--order", "2026112400001", "--json");
        assertThat(added.exitCode()).as(added.err()).isZero();
        long caseId = Json.mapper().readTree(added.out()).get("id").asLong();
        var r = CliTestSupport.run(home, CLOCK, Locale.ENGLISH, "import", "chat", sample("im-export.txt").toString(),
                "--case", String.valueOf(caseId), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        long conversationId = Json.mapper().readTree(r.out()).get("conversationId").asLong();
        try (var backend = com.afterdesk.backend.Backend.open(home, CLOCK)) {
            assertThat(backend.chat().conversation(conversationId).orElseThrow().caseId()).isEqualTo(caseId);
        }
        var unknown = CliTestSupport.run(home, CLOCK, Locale.ENGLISH, "import", "chat",
                sample("bracketed.txt").toString(), "--case", "999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no case 999");
    }
}
