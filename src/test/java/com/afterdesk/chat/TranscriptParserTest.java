package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.afterdesk.common.Messages;
import com.afterdesk.domain.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptParserTest {

    final TranscriptParser parser = new TranscriptParser(ZoneId.of("Asia/Shanghai"));
    final Messages zh = Messages.forLocale(Messages.CHINESE);

    static byte[] sample(String name) throws IOException {
        try (InputStream in = TranscriptParserTest.class.getResourceAsStream("/transcripts/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAnImExportWithNameAndTimeLines() throws IOException {
        Transcript t = parser.parse("im-export.txt", sample("im-export.txt"));
        assertThat(t.platform()).contains(Platform.TAOBAO);
        assertThat(t.buyerNick()).contains("tb_小雨2026");
        assertThat(t.entries()).extracting(Transcript.Entry::role)
                .containsExactly(Role.BUYER, Role.AGENT, Role.BUYER, Role.AGENT);
        Transcript.Entry first = t.entries().get(0);
        assertThat(first.text()).isEqualTo("你好，收到的杯子碎了一个\n外包装都压扁了");
        assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-11-24T02:15:03Z"));
        assertThat(first.line()).isEqualTo(4);
        // "旗舰店:小李" is a shop sub-account even though it is not listed in "# 客服:"
        assertThat(t.entries().get(3).speaker()).isEqualTo("旗舰店:小李");
    }

    @Test
    void readsBracketedLinesWithContinuationsAndSlashDates() throws IOException {
        Transcript t = parser.parse("bracketed.txt", sample("bracketed.txt"));
        assertThat(t.platform()).contains(Platform.PDD);
        assertThat(t.buyerNick()).contains("阿强");
        assertThat(t.entries()).hasSize(5);
        assertThat(t.entries().get(1).sentAt()).isEqualTo(Instant.parse("2026-11-24T01:03:30Z"));
        assertThat(t.entries().get(3).text()).isEqualTo("还是没动\n  能不能退款");
        assertThat(t.entries().get(4).role()).isEqualTo(Role.AGENT);
        assertThat(t.entries().get(4).text()).startsWith("亲，早上好");
    }

    @Test
    void readsGbkEncodedExports() throws IOException {
        String text = "[2026-11-24 10:15] 买家: 发票怎么开\n[2026-11-24 10:16] 客服: 亲，下单后可以在订单页申请\n";
        Transcript t = parser.parse("gbk.txt", text.getBytes(Charset.forName("GB18030")));
        assertThat(t.entries()).extracting(Transcript.Entry::text)
                .containsExactly("发票怎么开", "亲，下单后可以在订单页申请");
    }

    @Test
    void impossibleDatesAreReportedWithTheirLines() throws IOException {
        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("malformed-date.txt", sample("malformed-date.txt")));
        assertThat(e.problems()).extracting(TranscriptException.Problem::line).containsExactly(3, 4);
        assertThat(e.problems()).allMatch(p -> p.key().equals("chat.import.badTime"));
        String text = e.describeAll(zh);
        assertThat(text).contains("malformed-date.txt").contains("第 3 行").contains("2026-02-30 10:16")
                .contains("没有导入任何消息");
    }

    @Test
    void textBeforeTheFirstMessageIsRefused() throws IOException {
        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("malformed-preamble.txt", sample("malformed-preamble.txt")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.describe(zh)).contains("聊天记录导出");
        });
    }

    @Test
    void aSecondBuyerIsRefusedWithAHintToDeclareAgents() throws IOException {
        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("malformed-two-buyers.txt", sample("malformed-two-buyers.txt")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.describe(zh)).contains("tb_大风").contains("# 客服: tb_大风");
        });
    }

    @Test
    void unknownSpeakersAndEmptyMessagesAreBothReported() throws IOException {
        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("malformed-speaker.txt", sample("malformed-speaker.txt")));
        assertThat(e.problems()).extracting(TranscriptException.Problem::line, TranscriptException.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "chat.import.unknownSpeaker"),
                        org.assertj.core.groups.Tuple.tuple(3, "chat.import.emptyMessage"));
    }

    @Test
    void timeGoingBackwardsAndEmptyFilesAreRefused() {
        TranscriptException back = catchThrowableOfType(TranscriptException.class, () -> parser.parse("x.txt",
                "[2026-11-24 10:15] 买家: 一\n[2026-11-24 09:15] 客服: 二\n"));
        assertThat(back.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.key()).isEqualTo("chat.import.timeGoesBack");
        });
        TranscriptException empty = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("y.txt", "# 平台: 淘宝\n\n"));
        assertThat(empty.problems()).extracting(TranscriptException.Problem::key)
                .containsExactly("chat.import.noMessages");
        TranscriptException platform = catchThrowableOfType(TranscriptException.class,
                () -> parser.parse("z.txt", "# 平台: 闲鱼\n[2026-11-24 10:15] 买家: 一\n"));
        assertThat(platform.problems()).extracting(TranscriptException.Problem::line).containsExactly(1);
    }

    @Test
    void everyProblemKeyHasATextInBothLanguages() {
        Messages en = Messages.forLocale(Messages.ENGLISH);
        for (String key : List.of("chat.import.badTime", "chat.import.secondBuyer", "chat.import.noMessages")) {
            assertThat(zh.has(key)).isTrue();
            assertThat(en.has(key)).isTrue();
        }
    }
}
