package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Platform;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationRepositoryTest {

    static final Instant T = Instant.parse("2026-11-24T02:00:00Z");

    @TempDir
    Path home;
    Database db;
    ConversationRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(home), Clock.fixed(T, ZoneOffset.UTC));
        repo = new ConversationRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ChatMessage msg(Role role, long secondsAfter, String text) {
        return new ChatMessage(0, 0, role, text, T.plusSeconds(secondsAfter),
                role == Role.BUYER ? MessageSource.PASTE : MessageSource.COMPOSER, null, null, List.of());
    }

    @Test
    void waitingBuyersComeFirstLongestWaitFirst() {
        repo.createDemo(Platform.TAOBAO, "answered", null, List.of(msg(Role.BUYER, 0, "在吗"),
                msg(Role.AGENT, 30, "在的")));
        repo.createDemo(Platform.JD, "waiting-short", null, List.of(msg(Role.BUYER, 500, "发货了吗")));
        repo.createDemo(Platform.PDD, "waiting-long", null, List.of(msg(Role.AGENT, 0, "您好"),
                msg(Role.BUYER, 100, "还没到"), msg(Role.BUYER, 200, "人呢")));
        List<ConversationSummary> list = repo.summaries();
        assertThat(list).extracting(s -> s.conversation().buyerNick())
                .containsExactly("waiting-long", "waiting-short", "answered");
        ConversationSummary longest = list.get(0);
        assertThat(longest.waitingSince()).contains(T.plusSeconds(100));
        assertThat(longest.waiting(T.plusSeconds(400))).isEqualTo(Duration.ofSeconds(300));
        assertThat(longest.lastMessage().orElseThrow().text()).isEqualTo("人呢");
        assertThat(longest.messageCount()).isEqualTo(3);
        assertThat(list.get(2).waitingSince()).isEmpty();
        assertThat(repo.count()).isEqualTo(3);
    }

    @Test
    void demoRowsAreMarkedAndACaseCanBeAttached() {
        Conversation c = repo.createDemo(Platform.TAOBAO, "小雨", null, List.of(msg(Role.BUYER, 0, "碎了")));
        int demo = db.read(x -> {
            try (ResultSet rs = x.createStatement().executeQuery(
                    "SELECT min(demo) FROM chat_message UNION ALL SELECT demo FROM conversation")) {
                int sum = 0;
                while (rs.next()) {
                    sum += rs.getInt(1);
                }
                return sum;
            }
        });
        assertThat(demo).isEqualTo(2);
        assertThat(repo.findByBuyer(Platform.TAOBAO, "小雨")).map(Conversation::id).contains(c.id());
        assertThat(repo.messages(c.id())).singleElement().extracting(ChatMessage::sentAt).isEqualTo(T);
    }

    @Test
    void undoRemovesJustThatMessage() {
        Conversation c = repo.create(Platform.OTHER, "", null, T);
        ChatMessage a = repo.add(new ChatMessage(0, c.id(), Role.BUYER, "一", T, MessageSource.CLIPBOARD, null, null,
                List.of()));
        repo.add(new ChatMessage(0, c.id(), Role.BUYER, "二", T.plusSeconds(1), MessageSource.PASTE, null, null,
                List.of("chat/1/photo.jpg")));
        assertThat(repo.delete(a.id())).isTrue();
        assertThat(repo.delete(a.id())).isFalse();
        assertThat(repo.messages(c.id())).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("二");
            assertThat(m.evidence()).containsExactly("chat/1/photo.jpg");
        });
    }
}
