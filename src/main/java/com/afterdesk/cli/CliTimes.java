package com.afterdesk.cli;

import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.Countdown;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Times and durations typed on the command line: ISO-8601, a local time means the shop's zone. */
final class CliTimes {

    private CliTimes() {
    }

    static Instant parseInstant(String text, String option) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(Countdown.SHOP_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(Countdown.SHOP_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserException("cli.time.malformed", option, text);
        }
    }

    /** PT24H, P2D, or shorthand 24h / 30m / 2d. */
    static Duration parseDuration(String text, String option) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (t.startsWith("P")) {
                return Duration.parse(t);
            }
            if (t.endsWith("D")) {
                return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("H")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("M")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
        } catch (RuntimeException e) {
            throw new UserException("cli.duration.malformed", option, text);
        }
        throw new UserException("cli.duration.malformed", option, text);
    }

    /** ISO-8601 with the shop's offset, e.g. 2026-11-25T16:00:00+08:00. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.atZone(Countdown.SHOP_ZONE).toOffsetDateTime().toString();
    }
}
