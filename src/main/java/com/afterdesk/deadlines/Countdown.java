package com.afterdesk.deadlines;

import com.afterdesk.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Countdown texts: "23:41:05" under a day, "2天3小时" beyond, "超时 +4分" when overdue (English: "2d 3h",
 * "overdue +4m"). Patterns are read once, so formatting on every ticker tick is cheap.
 */
public final class Countdown {

    /** The shop's default zone for showing due times. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String days;
    private final String hours;
    private final String minutes;
    private final String seconds;
    private final String overdue;
    private final String paused;

    public Countdown(Messages messages) {
        this.days = messages.tr("deadlines.countdown.days");
        this.hours = messages.tr("deadlines.countdown.hours");
        this.minutes = messages.tr("deadlines.countdown.minutes");
        this.seconds = messages.tr("deadlines.countdown.seconds");
        this.overdue = messages.tr("deadlines.countdown.overdue");
        this.paused = messages.tr("deadlines.countdown.paused");
    }

    /** Remaining time as shown in the case log; negative means overdue. */
    public String format(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return overdue.replace("{0}", coarse(remaining.negated()));
        }
        long s = remaining.getSeconds();
        if (s < 86_400) {
            return clockText(remaining);
        }
        return fill(days, s / 86_400, (s % 86_400) / 3600);
    }

    /** The text for a clock at {@code now}: paused clocks say so, done clocks show nothing. */
    public String format(CaseClock clock, Instant now) {
        if (clock.done()) {
            return "";
        }
        String text = format(clock.remaining(now));
        return clock.paused() ? paused.replace("{0}", text) : text;
    }

    /** "HH:mm:ss" for under a day (hours may exceed 23 for longer spans). */
    public static String clockText(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }

    /** The exact local due time, e.g. "2026-11-25 16:00". */
    public static String dueText(Instant due, ZoneId zone) {
        return DUE.format(due.atZone(zone));
    }

    private String coarse(Duration d) {
        long s = d.getSeconds();
        if (s >= 86_400) {
            return fill(days, s / 86_400, (s % 86_400) / 3600);
        }
        if (s >= 3600) {
            return fill(hours, s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return minutes.replace("{0}", Long.toString(s / 60));
        }
        return seconds.replace("{0}", Long.toString(s));
    }

    private static String fill(String pattern, long a, long b) {
        return pattern.replace("{0}", Long.toString(a)).replace("{1}", Long.toString(b));
    }
}
