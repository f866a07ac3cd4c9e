package com.afterdesk.quality;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money and date expressions in Chinese replies: "5元", "¥5.00", "五块", "两块五", "5块钱", "5毛"; "明天", "后天",
 * "11月25日", "25号", "周五", "48小时内", "3天内". Offsets are into the text given.
 */
public final class Expressions {

    /** An amount of money found in a text. */
    public record Money(int start, int end, long fen, boolean yuanSign) {
    }

    /**
     * A time found in a text: the latest instant it allows ("明天" = the end of tomorrow, "48小时内" = now + 48 h),
     * and the day when it names one.
     */
    public record When(int start, int end, Instant latest, LocalDate day) {
    }

    private static final String CN = "[零〇一二两三四五六七八九十百千]";
    private static final Pattern MONEY = Pattern.compile(
            "(?<sign>[¥￥]|rmb|RMB)\\s*(?<sv>\\d+(?:\\.\\d{1,2})?)"
            + "|(?<dv>\\d+(?:\\.\\d{1,2})?)\\s*(?<du>元|块钱|块|圆)(?:(?<dj>\\d)(?:毛|角))?(?:钱)?"
            + "|(?<cv>" + CN + "+)(?<cu>元|块钱|块|圆)(?:(?<cj>[一二两三四五六七八九])(?:毛|角)?)?(?:钱)?"
            + "|(?<mv>\\d|[一二两三四五六七八九])(?:毛|角)(?:钱)?");

    private static final Pattern RELATIVE_DAY = Pattern.compile("大后天|后天|明天|明日|今天|今日|当天");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<m>\\d{1,2}|" + CN + "{1,3})月(?<d>\\d{1,2}|" + CN + "{1,3})(?:日|号)");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月])(?<d>\\d{1,2})(?:日|号)(?![\\d楼线])");
    private static final Pattern WEEKDAY = Pattern.compile("(?<next>下个?)?(?:周|星期|礼拜)(?<w>[一二三四五六日天])");
    private static final Pattern WITHIN = Pattern.compile(
            "(?<n>\\d{1,3}|" + CN + "{1,3})(?:个)?(?<u>小时|工作日|天)(?:之内|以内|内)");

    private Expressions() {
    }

    /** Every amount of money in the text, in order. */
    public static List<Money> money(String text) {
        List<Money> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            Long fen = null;
            boolean sign = false;
            if (m.group("sign") != null) {
                fen = decimalFen(m.group("sv"));
                sign = true;
            } else if (m.group("dv") != null) {
                fen = decimalFen(m.group("dv"));
                if (fen != null && m.group("dj") != null) {
                    fen += Integer.parseInt(m.group("dj")) * 10L;
                }
            } else if (m.group("cv") != null) {
                Integer yuan = chineseNumber(m.group("cv"));
                fen = yuan == null ? null : yuan * 100L;
                if (fen != null && m.group("cj") != null) {
                    fen += chineseNumber(m.group("cj")) * 10L;
                }
            } else if (m.group("mv") != null) {
                Integer jiao = number(m.group("mv"));
                fen = jiao == null ? null : jiao * 10L;
            }
            if (fen != null) {
                out.add(new Money(m.start(), m.end(), fen, sign));
            }
        }
        return out;
    }

    /** Every time expression in the text, in order, read relative to {@code now}. */
    public static List<When> times(String text, ZonedDateTime now) {
        List<When> out = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        Matcher m = RELATIVE_DAY.matcher(text);
        while (m.find()) {
            int plus = switch (m.group()) {
                case "大后天" -> 3;
                case "后天" -> 2;
                case "明天", "明日" -> 1;
                default -> 0;
            };
            add(out, m, today.plusDays(plus), now);
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer month = number(m.group("m"));
            Integer day = number(m.group("d"));
            if (month == null || day == null) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(today.getYear(), month, day);
                if (d.isBefore(today.minusMonths(6))) {
                    d = d.plusYears(1); // "1月3日" said in December
                }
                add(out, m, d, now);
            } catch (DateTimeException e) {
                // not a date ("13月40日"): nothing to compare
            }
        }
        m = DAY_ONLY.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group("d"));
            if (day < 1 || day > 31) {
                continue;
            }
            LocalDate d = dayOfMonth(today.withDayOfMonth(1), day);
            if (d == null || d.isBefore(today)) {
                d = dayOfMonth(today.withDayOfMonth(1).plusMonths(1), day);
            }
            if (d != null) {
                add(out, m, d, now);
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            int w = "一二三四五六日天".indexOf(m.group("w"));
            DayOfWeek dow = DayOfWeek.of(Math.min(w + 1, 7));
            LocalDate d = m.group("next") != null
                    ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                            .with(TemporalAdjusters.nextOrSame(dow))
                    : today.with(TemporalAdjusters.nextOrSame(dow));
            add(out, m, d, now);
        }
        m = WITHIN.matcher(text);
        while (m.find()) {
            Integer n = number(m.group("n"));
            if (n == null) {
                continue;
            }
            if (m.group("u").equals("小时")) {
                out.add(new When(m.start(), m.end(), now.plus(Duration.ofHours(n)).toInstant(), null));
            } else {
                add(out, m, today.plusDays(n), now);
            }
        }
        out.sort(Comparator.comparingInt(When::start));
        return out;
    }

    private static LocalDate dayOfMonth(LocalDate firstOfMonth, int day) {
        return day <= firstOfMonth.lengthOfMonth() ? firstOfMonth.withDayOfMonth(day) : null;
    }

    private static void add(List<When> out, Matcher m, LocalDate day, ZonedDateTime now) {
        for (When w : out) {
            if (m.start() < w.end() && w.start() < m.end()) {
                return; // "11月25日" is not also "25日"
            }
        }
        Instant latest = day.plusDays(1).atStartOfDay(now.getZone()).toInstant().minusMillis(1);
        out.add(new When(m.start(), m.end(), latest, day));
    }

    private static Long decimalFen(String s) {
        try {
            return new BigDecimal(s).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? null : Integer.parseInt(s);
        }
        return chineseNumber(s);
    }

    /** Reads a Chinese number up to the thousands: "五" 5, "十五" 15, "二十" 20, "一百零五" 105, "两" 2. */
    static Integer chineseNumber(String s) {
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit >= 0) {
            total += digit;
        }
        return s.isEmpty() ? null : total;
    }

    /** "5元", "5.5元", "5.05元" (or "¥5.05" when the original used the sign). */
    public static String formatYuan(long fen, boolean yuanSign) {
        String plain = BigDecimal.valueOf(fen).movePointLeft(2).stripTrailingZeros().toPlainString();
        return yuanSign ? "¥" + plain : plain + "元";
    }
}
