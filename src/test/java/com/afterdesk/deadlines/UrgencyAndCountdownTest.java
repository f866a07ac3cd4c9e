package com.afterdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UrgencyAndCountdownTest {

    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    static CaseClock clock(Actor actor, Duration length, Duration remaining) {
        Instant due = T0.plus(remaining);
        return CaseClock.start(ClockKind.MANUAL, actor, due.minus(length), due, TimeoutAction.NONE,
                ClockSource.MANUAL, null);
    }

    @Test
    void levelsFollowTheThresholds() {
        UrgencyPolicy p = UrgencyPolicy.DEFAULT;
        assertThat(p.of(clock(Actor.SELLER, Duration.ofHours(24), Duration.ofMinutes(-4)), T0)).isEqualTo(Urgency.OVERDUE);
        assertThat(p.of(clock(Actor.SELLER, Duration.ofHours(24), Duration.ZERO), T0)).isEqualTo(Urgency.OVERDUE);
        assertThat(p.of(clock(Actor.SELLER, Duration.ofHours(24), Duration.ofMinutes(119)), T0)).isEqualTo(Urgency.CRITICAL);
        // 10-day clock with 23 h left: under 10 % of its length
        assertThat(p.of(clock(Actor.SELLER, Duration.ofDays(10), Duration.ofHours(23)), T0)).isEqualTo(Urgency.CRITICAL);
        assertThat(p.of(clock(Actor.SELLER, Duration.ofHours(48), Duration.ofHours(23)), T0)).isEqualTo(Urgency.WARNING);
        // 2-day clock with 25 h left is over 24 h but not under 50 %... 25/48 > 50 %: OK
        assertThat(p.of(clock(Actor.SELLER, Duration.ofHours(48), Duration.ofHours(25)), T0)).isEqualTo(Urgency.OK);
        assertThat(p.of(clock(Actor.SELLER, Duration.ofDays(7), Duration.ofDays(3)), T0)).isEqualTo(Urgency.WARNING);
        assertThat(p.of(clock(Actor.SELLER, Duration.ofDays(7), Duration.ofDays(5)), T0)).isEqualTo(Urgency.OK);
        CaseClock done = clock(Actor.SELLER, Duration.ofHours(24), Duration.ofHours(1)).stop(T0, "X");
        assertThat(p.of(done, T0)).isEqualTo(Urgency.DONE);
        UrgencyPolicy strict = new UrgencyPolicy(Duration.ofHours(6), 0.1, Duration.ofHours(48), 0.5);
        assertThat(strict.of(clock(Actor.SELLER, Duration.ofDays(10), Duration.ofHours(5)), T0)).isEqualTo(Urgency.CRITICAL);
    }

    @Test
    void sellerClocksComeBeforeBuyerClocksOfTheSameLevel() {
        CaseClock buyerSooner = clock(Actor.BUYER, Duration.ofDays(7), Duration.ofMinutes(30));
        CaseClock sellerLater = clock(Actor.SELLER, Duration.ofDays(2), Duration.ofMinutes(90));
        CaseClock overdue = clock(Actor.BUYER, Duration.ofDays(7), Duration.ofMinutes(-1));
        CaseClock ok = clock(Actor.SELLER, Duration.ofDays(10), Duration.ofDays(9));
        CaseClock paused = clock(Actor.SELLER, Duration.ofDays(1), Duration.ofMinutes(10)).pause(T0);
        List<CaseClock> list = new ArrayList<>(List.of(ok, paused, buyerSooner, sellerLater, overdue));
        list.sort(UrgencyPolicy.DEFAULT.order(T0));
        assertThat(list).containsExactly(overdue, sellerLater, buyerSooner, ok, paused);
    }

    @Test
    void countdownTextsInChinese() {
        Countdown c = new Countdown(Messages.forLocale(Locale.CHINA));
        assertThat(c.format(Duration.ofSeconds(23 * 3600 + 41 * 60 + 5))).isEqualTo("23:41:05");
        assertThat(c.format(Duration.ofHours(51))).isEqualTo("2天3小时");
        assertThat(c.format(Duration.ofMinutes(-4))).isEqualTo("超时 +4分");
        assertThat(c.format(Duration.ofMinutes(-65))).isEqualTo("超时 +1小时5分");
        assertThat(c.format(Duration.ofSeconds(-20))).isEqualTo("超时 +20秒");
        CaseClock paused = clock(Actor.SELLER, Duration.ofHours(24), Duration.ofHours(2)).pause(T0);
        assertThat(c.format(paused, T0.plusSeconds(3600))).isEqualTo("暂停 02:00:00");
    }

    @Test
    void countdownTextsInEnglish() {
        Countdown c = new Countdown(Messages.forLocale(Locale.ENGLISH));
        assertThat(c.format(Duration.ofSeconds(59))).isEqualTo("00:00:59");
        assertThat(c.format(Duration.ofHours(51))).isEqualTo("2d 3h");
        assertThat(c.format(Duration.ofMinutes(-4))).isEqualTo("overdue +4m");
        assertThat(c.format(Duration.ofDays(-2))).isEqualTo("overdue +2d 0h");
        assertThat(Countdown.dueText(T0, Countdown.SHOP_ZONE)).isEqualTo("2026-11-24 16:00");
    }
}
