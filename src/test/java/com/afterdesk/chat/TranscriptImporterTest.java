package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.domain.Platform;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImporterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path home;
    Database db;
    ConversationRepository repository;
    TranscriptImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(home), CLOCK);
        repository = new ConversationRepository(db);
        importer = new TranscriptImporter(repository, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path sample(String name) throws IOException {
        Path file = home.resolve(name);
        try (var in = getClass().getResourceAsStream("/transcripts/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void importsAConversationWithItsTimesAndSkipsItTheSecondTime() throws IOException {
        Path file = sample("im-export.txt");
        TranscriptImporter.Result first = importer.importFile(file, new TranscriptImporter.Target(null, null, false));
        assertThat(first.imported()).isEqualTo(4);
        Conversation conv = repository.find(first.conversationId()).orElseThrow();
        assertThat(conv.platform()).isEqualTo(Platform.TAOBAO);
        assertThat(conv.buyerNick()).isEqualTo("tb_小雨2026");
        List<ChatMessage> messages = repository.messages(conv.id());
        assertThat(messages).extracting(ChatMessage::source).containsOnly(MessageSource.IMPORT);
        assertThat(messages.get(1).sentAt()).isEqualTo(Instant.parse("2026-11-24T02:16:10Z"));

        TranscriptImporter.Result again = importer.importFile(file, new TranscriptImporter.Target(null, null, false));
        assertThat(again.conversationId()).isEqualTo(conv.id());
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(repository.messages(conv.id())).hasSize(4);
    }

    @Test
    void aDryRunCountsButWritesNothing() throws IOException {
        TranscriptImporter.Result dry = importer.importFile(sample("bracketed.txt"),
                new TranscriptImporter.Target(null, null, true));
        assertThat(dry.imported()).isEqualTo(5);
        assertThat(repository.count()).isZero();
    }

    @Test
    void aMalformedFileImportsNothing() throws IOException {
        importer.importFile(sample("bracketed.txt"), new TranscriptImporter.Target(null, null, false));
        long before = repository.count();
        int messages = repository.summaries().get(0).messageCount();
        assertThatThrownBy(() -> importer.importFile(sample("malformed-date.txt"),
                new TranscriptImporter.Target(null, null, false))).isInstanceOf(TranscriptException.class);
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.summaries().get(0).messageCount()).isEqualTo(messages);
    }

    @Test
    void theServiceReportComesFromImportedTimes() throws IOException {
        importer.importFile(sample("bracketed.txt"), new TranscriptImporter.Target(null, null, false));
        ChatService service = new ChatService(repository, new com.afterdesk.storage.SettingsStore(db, CLOCK), CLOCK,
                home.resolve("attachments"));
        ServiceTimes.Report r = service.serviceReport(Instant.parse("2026-11-24T00:00:00Z"), CLOCK.instant());
        // rounds: 09:02 -> 09:03:30 (90 s), 21:40 -> next day 08:10 (10.5 h)
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.firstResponse()).contains(java.time.Duration.ofSeconds(90));
        assertThat(r.threeMinuteRate().getAsDouble()).isEqualTo(0.5);
        assertThat(r.qaRatio().getAsDouble()).isEqualTo(1.5);
    }
}
