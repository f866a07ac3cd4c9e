package com.afterdesk.deadlines.ui;

import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.RuleFile;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the agent types and reads them: "48h", "2d", "30m", "1d12h", "48小时", "2天", "30分钟", or ISO
 * (PT48H). Shown as "2天", "72小时", "1天12小时", "30分钟" (English: "2d", "72h"...).
 */
public final class DurationText {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(d|day|days|天|h|hr|hour|hours|小时|时|m|min|mins|minutes|分钟|分)");

    private DurationText() {
    }

    /** The duration typed, or null when it is not one (or not positive). */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            Duration d = RuleFile.parseDuration(t);
            return d == null || d.isNegative() || d.isZero() ? null : d;
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (unit.startsWith("d") || unit.equals("天")) {
                total = total.plusDays(n);
            } else if (unit.startsWith("h") || unit.equals("小时") || unit.equals("时")) {
                total = total.plusHours(n);
            } else {
                total = total.plusMinutes(n);
            }
            end = m.end();
        }
        if (end == 0 || !t.substring(end).isBlank() || total.isZero()) {
            return null;
        }
        return total;
    }

    /** "2天", "72小时", "1天12小时", "30分钟". */
    public static String format(Duration d, Messages messages) {
        if (d == null) {
            return "";
        }
        long minutes = d.toMinutes();
        if (minutes % 60 != 0) {
            return messages.tr("deadlines.ui.duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours <= 72) {
            return messages.tr("deadlines.ui.duration.hours", hours);
        }
        if (hours % 24 == 0) {
            return messages.tr("deadlines.ui.duration.days", hours / 24);
        }
        return messages.tr("deadlines.ui.duration.daysHours", hours / 24, hours % 24);
    }

    /** The short form typed back into a field: "48h", "7d", "30m". */
    public static String input(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        return hours % 24 == 0 && hours > 72 ? hours / 24 + "d" : hours + "h";
    }
}
