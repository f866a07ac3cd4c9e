package com.afterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.common.AppInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void versionPrintsTheBuildVersion() {
        var r = CliTestSupport.run(null, CLOCK, Locale.CHINA, "--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("AfterDesk").contains(AppInfo.version());
    }

    @Test
    void helpListsTheHomeOptionInTheUsersLanguage() {
        var zh = CliTestSupport.run(null, CLOCK, Locale.CHINA, "--help");
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("--home").contains("数据文件夹");
        var en = CliTestSupport.run(null, CLOCK, Locale.US, "--help");
        assertThat(en.out()).contains("--home").contains("Data folder");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        var r = CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void aCorruptDatabaseGivesExitCodeTwoAndAClearMessageAndIsNotChanged() throws Exception {
        Path db = tmp.resolve("afterdesk.db");
        Files.writeString(db, "garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage!!");
        byte[] before = Files.readAllBytes(db);
        var r = CliTestSupport.run(tmp, CLOCK, Locale.CHINA, "backup");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("数据库文件已损坏").contains(db.toString());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (var files = Files.list(tmp)) {
            assertThat(files.count()).as("no file created next to it").isEqualTo(1);
        }
    }

    @Test
    void aHomeThatIsAFileGivesExitCodeTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        var r = CliTestSupport.run(file, CLOCK, Locale.US, "backup");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("There is a file, not a folder");
    }
}
