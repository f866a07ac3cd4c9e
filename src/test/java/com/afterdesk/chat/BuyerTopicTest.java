package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuyerTopicTest {

    static ChatMessage msg(Role role, String text) {
        return new ChatMessage(0, 1, role, text, Instant.parse("2026-11-24T08:00:00Z"), MessageSource.PASTE, null,
                null, List.of());
    }

    @Test
    void theLatestBuyerMessageIsReadWithTheBuyersRecentOnesOldestFirst() {
        List<ChatMessage> chat = List.of(
                msg(Role.BUYER, "在吗"),
                msg(Role.BUYER, "枕头寄回去好几天了，退款怎么还没到账"),
                msg(Role.AGENT, "抱歉让您着急了，我马上请仓库确认"),
                msg(Role.BUYER, "  "),
                msg(Role.BUYER, "还要等多久？"),
                msg(Role.BUYER, "快点"));
        assertThat(BuyerTopic.text(chat)).isEqualTo("枕头寄回去好几天了，退款怎么还没到账\n还要等多久？\n快点");
    }

    @Test
    void aThankYouStandsAloneBecauseItClosesTheTopic() {
        List<ChatMessage> chat = List.of(msg(Role.BUYER, "退款到哪了"), msg(Role.AGENT, "已经退款成功了"),
                msg(Role.BUYER, "收到了，谢谢"));
        assertThat(BuyerTopic.text(chat)).isEqualTo("收到了，谢谢");
    }

    @Test
    void nothingFromTheBuyerMeansNoTopic() {
        assertThat(BuyerTopic.text(List.of(msg(Role.AGENT, "您好")))).isEmpty();
        assertThat(BuyerTopic.text(List.of())).isEmpty();
    }
}
