package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTimesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-11-24 10:00 in Shanghai
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    static ChatMessage buyer(Instant at) {
        return new ChatMessage(0, 1, Role.BUYER, "在吗", at, MessageSource.PASTE, null, null, List.of());
    }

    static ChatMessage agent(Instant at) {
        return new ChatMessage(0, 1, Role.AGENT, "在的亲", at, MessageSource.COMPOSER, null, null, List.of());
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aRoundStartsAtTheFirstUnansweredBuyerMessageAndEndsAtTheFirstReply() {
        List<ChatMessage> chat = List.of(buyer(at(0)), buyer(at(30)), agent(at(90)), agent(at(100)),
                buyer(at(600)), agent(at(900)), buyer(at(1000)));
        List<ServiceTimes.Round> rounds = ServiceTimes.rounds(chat, at(5000));
        assertThat(rounds).hasSize(3);
        assertThat(rounds.get(0).responseTime()).contains(Duration.ofSeconds(90));
        assertThat(rounds.get(1).responseTime()).contains(Duration.ofSeconds(300));
        assertThat(rounds.get(2).answeredAt()).isEmpty();
    }

    @Test
    void firstAverageAndThreeMinuteFiguresOverAWindow() {
        List<ChatMessage> a = List.of(buyer(at(0)), agent(at(60)), buyer(at(120)), agent(at(420)));
        List<ChatMessage> b = List.of(buyer(at(1000)), agent(at(1120)));
        ServiceTimes.Report r = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("a", a),
                new ServiceTimes.BuyerChat("b", b)), T0, at(3600), SHANGHAI);
        // first responses 60 s and 120 s
        assertThat(r.firstResponse()).contains(Duration.ofSeconds(90));
        // rounds 60, 300, 120
        assertThat(r.averageResponse()).contains(Duration.ofSeconds(160));
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.threeMinuteRate().getAsDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.qaRatio().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(r.replyRate().getAsDouble()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void roundsStartingAtNightDoNotCountForTheThreeMinuteRate() {
        Instant night = Instant.parse("2026-11-24T18:30:00Z"); // 02:30 in Shanghai
        Instant morning = Instant.parse("2026-11-25T00:05:00Z"); // 08:05
        List<ChatMessage> chat = List.of(buyer(night), agent(night.plusSeconds(3700)),
                buyer(morning), agent(morning.plusSeconds(60)));
        ServiceTimes.Report r = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("a", chat)),
                night.minusSeconds(60), morning.plusSeconds(3600), SHANGHAI);
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.threeMinuteRate().getAsDouble()).isEqualTo(1.0);
        // the night round was answered after an hour: this buyer is not counted as replied
        assertThat(r.replyRate().getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void aRoundStillOpenForLessThanThreeMinutesIsNotDecidedYet() {
        List<ChatMessage> chat = List.of(buyer(at(0)), agent(at(30)), buyer(at(1000)));
        ServiceTimes.Report soon = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("a", chat)), T0,
                at(1100), SHANGHAI);
        assertThat(soon.threeMinuteRate().getAsDouble()).isEqualTo(1.0);
        assertThat(soon.replyRate().getAsDouble()).isEqualTo(1.0);
        ServiceTimes.Report late = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("a", chat)), T0,
                at(1000 + 181), SHANGHAI);
        assertThat(late.threeMinuteRate().getAsDouble()).isEqualTo(0.5);
        assertThat(late.answeredRounds()).isEqualTo(1);
    }

    @Test
    void messagesAfterTheEndOfTheWindowAreNotSeen() {
        List<ChatMessage> chat = List.of(buyer(at(0)), agent(at(600)));
        ServiceTimes.Report r = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("a", chat)), T0, at(300),
                SHANGHAI);
        assertThat(r.answeredRounds()).isZero();
        assertThat(r.averageResponse()).isEmpty();
        assertThat(r.agentMessages()).isZero();
        assertThat(r.qaRatio().getAsDouble()).isZero();
    }

    @Test
    void replyRateIsPerBuyerAcrossTheirConversations() {
        List<ChatMessage> good = List.of(buyer(at(0)), agent(at(60)));
        List<ChatMessage> slow = List.of(buyer(at(100)), agent(at(100 + 3700)));
        List<ChatMessage> other = List.of(buyer(at(200)), agent(at(260)));
        ServiceTimes.Report r = ServiceTimes.compute(List.of(new ServiceTimes.BuyerChat("x", good),
                new ServiceTimes.BuyerChat("x", slow), new ServiceTimes.BuyerChat("y", other)), T0, at(20000),
                SHANGHAI);
        assertThat(r.buyers()).isEqualTo(2);
        assertThat(r.replyRate().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void anEmptyWindowHasNoFiguresRatherThanZeros() {
        ServiceTimes.Report r = ServiceTimes.compute(new ArrayList<>(), T0, at(3600), SHANGHAI);
        assertThat(r.firstResponse()).isEmpty();
        assertThat(r.threeMinuteRate()).isEmpty();
        assertThat(r.replyRate()).isEmpty();
        assertThat(r.qaRatio()).isEmpty();
    }
}
