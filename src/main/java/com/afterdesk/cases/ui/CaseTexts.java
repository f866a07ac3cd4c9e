package com.afterdesk.cases.ui;

import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.HeadClock;
import com.afterdesk.cases.Money;
import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Category;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The words and numbers the case screens show: labels of the shared vocabulary, money, times in the shop's zone,
 * countdowns and their tooltips, and parsing of the times the agent types ("2026-11-25 16:00").
 */
public final class CaseTexts {

    /** How times are typed and shown; strict, so 2026-02-30 is refused rather than moved to March. */
    public static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final Messages messages;
    private final Countdown countdown;
    private final ZoneId zone;

    public CaseTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.countdown = new Countdown(messages);
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }

    public String label(String key) {
        return messages.has(key) ? messages.tr(key) : key;
    }

    public String type(RequestType type, boolean shipped) {
        String base = label(type.labelKey());
        if (type == RequestType.REFUND_ONLY) {
            return base + messages.tr(shipped ? "cases.ui.shipped.yes" : "cases.ui.shipped.no");
        }
        return base;
    }

    public String money(long fen) {
        return "¥" + Money.format(fen);
    }

    /** A time in the shop's zone, as typed: "2026-11-25 16:00". */
    public String time(Instant at) {
        return at == null ? "" : INPUT.format(at.atZone(zone));
    }

    public String shortTime(Instant at) {
        return at == null ? "" : SHORT.format(at.atZone(zone));
    }

    /**
     * Parses a typed time in the shop's zone; blank means "now" (null).
     *
     * @throws com.afterdesk.common.UserException when it is not a real date and time
     */
    public Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), INPUT).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new com.afterdesk.common.UserException("cases.ui.time.invalid", text.strip());
        }
    }

    /** The countdown cell: "23:41:05", "2天3小时", "超时 +4分", "暂停 …"; empty when no clock runs. */
    public String countdown(HeadClock head, Instant now) {
        if (head == null) {
            return "";
        }
        String text = countdown.format(head.remaining(now));
        return head.paused() ? messages.tr("deadlines.countdown.paused", text) : text;
    }

    public String countdown(CaseClock clock, Instant now) {
        return countdown.format(clock, now);
    }

    /** Tooltip of a countdown: the exact local due time, who must act and what happens on timeout. */
    public String dueTooltip(HeadClock head) {
        if (head == null) {
            return "";
        }
        return messages.tr("cases.ui.due.tooltip", Countdown.dueText(head.dueAt(), zone), zone.getId(),
                label(head.kind().labelKey()), label(head.actor().labelKey()), label(head.onTimeout().labelKey()),
                label(head.source().labelKey()));
    }

    public String action(HeadClock head) {
        return head == null ? "" : label(head.onTimeout().labelKey());
    }

    public String actionOf(CaseLogRow row) {
        return action(row.head());
    }

    public String urgency(Urgency u) {
        return label(u.labelKey());
    }

    /** CSS class of an urgency level: urgency-overdue, urgency-critical... */
    public static String styleClass(Urgency u) {
        return "urgency-" + u.name().toLowerCase(Locale.ROOT);
    }

    /** A case's categories in words: "运输破损（同时涉及：质量问题、物流慢/未更新）", or the primary alone. */
    public String categories(Category primary, Collection<Category> secondary) {
        String first = label(primary.labelKey());
        List<Category> rest = secondary.stream().filter(c -> c != primary).sorted().toList();
        if (rest.isEmpty()) {
            return first;
        }
        return messages.tr("cases.ui.history.also", first, String.join(messages.tr("cases.ui.history.alsoSeparator"),
                rest.stream().map(c -> label(c.labelKey())).toList()));
    }

    /** The log's category cell: the primary, and how many more the case involves ("运输破损 +1"). */
    public String categoryCell(CaseLogRow row) {
        String first = label(row.category().labelKey());
        int more = (int) row.secondaryCategories().stream().filter(c -> c != row.category()).count();
        return more == 0 ? first : messages.tr("cases.ui.col.categoryMore", first, more);
    }

    public String buyer(CaseLogRow row) {
        return row.buyerNick() == null ? "" : row.buyerNick();
    }
}
