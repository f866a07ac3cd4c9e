package com.afterdesk.quality;

import com.afterdesk.common.Messages;
import com.afterdesk.domain.Category;
import com.afterdesk.scripts.Placeholders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quality checks (质检) on an outgoing reply, run before it is sent: offline, fast, and explained. The word
 * lists live in the rule files ({@link QualityRules}); the checks that compare the reply with the case
 * (amounts, order number, dates) and the placeholder and topic checks are code.
 */
public final class ReplyChecker {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;，,\\n]");
    private static final Pattern COMPENSATION_CUE = Pattern.compile(
            "补偿|赔偿|赔付|赔您|赔你|赔给|补贴|补给|补您|补你|给您补|红包|返现|返您|返你|返给|礼金|安抚|辛苦费|小额|赔");
    private static final Pattern REFUND_CUE = Pattern.compile("退款|退您|退你|退给|退还|退回|仅退款|部分退|退差价|退");
    private static final Pattern SHIP_CUE = Pattern.compile("(?<!补|重|再)(?:发货|发出|寄出|发走|出库|安排发|给您发|发快递|发)");
    private static final Pattern HANDLE_CUE = Pattern.compile("处理|退款|到账|回复|答复|结果|解决|审核|同意|受理");
    private static final Pattern ORDER_NO = Pattern.compile("(?:订单号|订单编号|订单)\\s*(?:是|为)?\\s*[:：]?\\s*(\\d{6,25})");

    private final QualityRules rules;
    private final TopicMatcher topics;
    /** Reads what a buyer message is about in place of the topic matcher (the classifier), or null. */
    private final java.util.function.Function<String, List<Category>> buyerReader;
    private final Clock clock;
    private final Supplier<Messages> messages;

    /**
     * @param topics   what buyer messages and replies are about; null for the lexicon of the rule files
     * @param messages the user's language, asked on every check (the setting can change)
     */
    public ReplyChecker(QualityRules rules, TopicMatcher topics, Clock clock, Supplier<Messages> messages) {
        this(rules, topics, null, clock, messages);
    }

    private ReplyChecker(QualityRules rules, TopicMatcher topics,
                         java.util.function.Function<String, List<Category>> buyerReader, Clock clock,
                         Supplier<Messages> messages) {
        this.rules = Objects.requireNonNull(rules);
        this.topics = topics;
        this.buyerReader = buyerReader;
        this.clock = Objects.requireNonNull(clock);
        this.messages = Objects.requireNonNull(messages);
    }

    /** The same checks with another topic matcher. */
    public ReplyChecker withTopics(TopicMatcher matcher) {
        return new ReplyChecker(rules, matcher, buyerReader, clock, messages);
    }

    /**
     * The same checks reading what a buyer message is about with this function (the suggestion engine's classifier:
     * buyers write in far more ways than a word list covers); replies are still read with the topic words of the
     * rule files, which the shop can edit.
     */
    public ReplyChecker withBuyerTopics(java.util.function.Function<String, List<Category>> reader) {
        return new ReplyChecker(rules, topics, reader, clock, messages);
    }

    public QualityRules rules() {
        return rules;
    }

    /** Checks a reply in the user's language. */
    public CheckResult check(String reply, ReplyContext ctx, String buyerMessage) {
        return check(reply, ctx, buyerMessage, messages.get());
    }

    /**
     * Checks a reply.
     *
     * @param ctx          what is known of the case ({@link ReplyContext#none()} when there is no case)
     * @param buyerMessage the buyer message answered, or null
     */
    public CheckResult check(String reply, ReplyContext ctx, String buyerMessage, Messages msg) {
        String text = reply == null ? "" : reply;
        ReplyContext c = ctx == null ? ReplyContext.none() : ctx;
        RuleSet set = rules.current();
        List<Finding> out = new ArrayList<>();
        Views views = new Views(text);
        for (RuleId id : RuleId.values()) {
            RuleSet.Rule rule = set.rule(id);
            if (id.hasWordList() && rule != null && rule.enabled()) {
                phrases(views, id, rule.severity(), rule.messageKey(), rule.phrases(), rule.allow(), c, msg, out);
            }
        }
        if (set.enabled(RuleId.SHOP_BANNED_WORD)) {
            RuleSet.Rule rule = set.rule(RuleId.SHOP_BANNED_WORD);
            phrases(views, RuleId.SHOP_BANNED_WORD, set.severity(RuleId.SHOP_BANNED_WORD), null,
                    set.bannedWords(), rule == null ? List.of() : rule.allow(), c, msg, out);
        }
        if (set.enabled(RuleId.UNFILLED_PLACEHOLDER)) {
            placeholders(text, c, set.severity(RuleId.UNFILLED_PLACEHOLDER), msg, out);
        }
        amounts(text, c, set, msg, out);
        if (set.enabled(RuleId.CONTRADICTS_CASE)) {
            orderNumbers(text, c, set.severity(RuleId.CONTRADICTS_CASE), msg, out);
            times(text, c, set.severity(RuleId.CONTRADICTS_CASE), msg, out);
        }
        if (set.enabled(RuleId.OFF_TOPIC)) {
            offTopic(text, c, buyerMessage, set, msg, out);
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::severity)
                .thenComparingInt(Finding::end));
        return CheckResult.of(out);
    }

    /** The reply with one finding's suggestion put in place of its span; unchanged when it has none. */
    public static String applySuggestion(String reply, Finding f) {
        if (f.suggestion() == null || f.end() > reply.length()) {
            return reply;
        }
        return reply.substring(0, f.start()) + f.suggestion() + reply.substring(f.end());
    }

    /** The reply with every suggestion applied (overlapping ones after the first are skipped). */
    public static String applySuggestions(String reply, List<Finding> findings) {
        List<Finding> usable = findings.stream().filter(Finding::hasSuggestion)
                .sorted(Comparator.comparingInt(Finding::start)).toList();
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Finding f : usable) {
            if (f.start() < at || f.end() > reply.length()) {
                continue;
            }
            sb.append(reply, at, f.start()).append(f.suggestion());
            at = f.end();
        }
        return sb.append(reply.substring(at)).toString();
    }

    // --- word lists ---------------------------------------------------------------------------------------------

    /** The folded views of the reply, made on demand. */
    private static final class Views {
        final String original;
        private FoldedText text;
        private FoldedText digits;

        Views(String original) {
            this.original = original;
        }

        FoldedText get(FoldedText.View v) {
            if (v == FoldedText.View.TEXT) {
                return text == null ? text = FoldedText.of(original, v) : text;
            }
            return digits == null ? digits = FoldedText.of(original, v) : digits;
        }
    }

    private record Hit(RuleSet.Phrase phrase, FoldedText.View view, int start, int end) {
    }

    private void phrases(Views views, RuleId id, Severity ruleSeverity, String ruleKey, List<RuleSet.Phrase> list,
                         List<RuleSet.Allow> allow, ReplyContext c, Messages msg, List<Finding> out) {
        List<Hit> hits = new ArrayList<>();
        for (RuleSet.Phrase p : list) {
            FoldedText ft = views.get(p.view());
            Matcher m = p.pattern().matcher(ft.text);
            while (m.find()) {
                int s = p.whole() ? m.start(1) : m.start();
                int e = p.whole() ? m.end(1) : m.end();
                if (e > s && !allowed(views, ft, p.view(), s, e, allow) && !isTheOrderNumber(ft.text, s, e, c)) {
                    hits.add(new Hit(p, p.view(), s, e));
                }
            }
        }
        // the most severe, then leftmost, then longest; a match overlapping a kept one is the same finding
        List<int[]> taken = new ArrayList<>();
        hits.sort(Comparator.comparing((Hit h) -> severity(h, ruleSeverity))
                .thenComparingInt(h -> origStart(views, h))
                .thenComparingInt(h -> -(origEnd(views, h) - origStart(views, h))));
        for (Hit h : hits) {
            int s = origStart(views, h);
            int e = origEnd(views, h);
            if (taken.stream().anyMatch(t -> s < t[1] && t[0] < e)) {
                continue;
            }
            taken.add(new int[] {s, e});
            String found = views.original.substring(s, e);
            RuleSet.Phrase p = h.phrase();
            String message;
            if (p.note() != null) {
                message = p.note();
            } else {
                String key = p.messageKey() != null ? p.messageKey() : ruleKey;
                if (key == null) {
                    key = "quality.explain." + id.name();
                }
                message = msg.tr(key, found);
            }
            Severity sev = severity(h, ruleSeverity);
            out.add(new Finding(id, sev, s, e, message, p.rewrite()));
        }
    }

    private static Severity severity(Hit h, Severity ruleSeverity) {
        return h.phrase().severity() != null ? h.phrase().severity() : ruleSeverity;
    }

    private static int origStart(Views v, Hit h) {
        return v.get(h.view()).originalStart(h.start());
    }

    private static int origEnd(Views v, Hit h) {
        return v.get(h.view()).originalEnd(h.end());
    }

    private static boolean allowed(Views views, FoldedText ft, FoldedText.View view, int s, int e,
                                   List<RuleSet.Allow> allow) {
        for (RuleSet.Allow a : allow) {
            if (a.view() != view) {
                continue;
            }
            Matcher m = a.pattern().matcher(ft.text);
            // look from a little before the hit: the exception may start earlier ("您最好" around "最好")
            int from = Math.max(0, s - 30);
            while (m.find(from)) {
                if (m.start() > s) {
                    break;
                }
                if (m.end() >= e) {
                    return true;
                }
                from = m.start() + 1;
                if (from > s) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean isTheOrderNumber(String folded, int s, int e, ReplyContext c) {
        return c.orderNo() != null && folded.substring(s, e).equals(c.orderNo().replaceAll("\\D", ""));
    }

    // --- placeholders -------------------------------------------------------------------------------------------

    private void placeholders(String text, ReplyContext c, Severity severity, Messages msg, List<Finding> out) {
        for (Placeholders.Span p : Placeholders.find(text)) {
            String value = switch (p.name()) {
                case "订单号" -> c.orderNo();
                case "运费" -> c.postageFen() == null ? null : Expressions.formatYuan(c.postageFen(), false);
                case "金额" -> c.paidFen() == null ? null : Expressions.formatYuan(c.paidFen(), false);
                case "补偿金额" -> c.confirmedCompensationFen() == null ? null
                        : Expressions.formatYuan(c.confirmedCompensationFen(), false);
                case "发货时间" -> c.promisedShipBy() == null ? null : day(c.promisedShipBy());
                default -> null;
            };
            String message = value == null ? msg.tr("quality.explain.UNFILLED_PLACEHOLDER", p.name())
                    : msg.tr("quality.placeholder.known", p.name(), value);
            out.add(new Finding(RuleId.UNFILLED_PLACEHOLDER, severity, p.start(), p.end(), message, value));
        }
    }

    // --- amounts ------------------------------------------------------------------------------------------------

    private enum AmountKind { COMPENSATION, REFUND, OTHER }

    private void amounts(String text, ReplyContext c, RuleSet set, Messages msg, List<Finding> out) {
        for (Expressions.Money m : Expressions.money(text)) {
            AmountKind kind = kind(text, m.start(), m.end());
            if (kind == AmountKind.OTHER) {
                continue;
            }
            String said = text.substring(m.start(), m.end());
            if (c.paidFen() != null && m.fen() > c.paidFen() && set.enabled(RuleId.AMOUNT_ABOVE_PAID)) {
                out.add(new Finding(RuleId.AMOUNT_ABOVE_PAID, set.severity(RuleId.AMOUNT_ABOVE_PAID), m.start(),
                        m.end(), msg.tr("quality.explain.AMOUNT_ABOVE_PAID", said,
                                Expressions.formatYuan(c.paidFen(), false)),
                        kind == AmountKind.REFUND ? Expressions.formatYuan(c.paidFen(), m.yuanSign()) : null));
                continue;
            }
            if (kind == AmountKind.COMPENSATION && set.enabled(RuleId.COMPENSATION_ABOVE_POSTAGE)) {
                Long limit = c.confirmedCompensationFen() != null ? c.confirmedCompensationFen() : c.postageFen();
                if (limit != null && m.fen() > limit) {
                    String key = c.confirmedCompensationFen() != null ? "quality.compensation.aboveConfirmed"
                            : "quality.explain.COMPENSATION_ABOVE_POSTAGE";
                    out.add(new Finding(RuleId.COMPENSATION_ABOVE_POSTAGE, set.severity(
                            RuleId.COMPENSATION_ABOVE_POSTAGE), m.start(), m.end(),
                            msg.tr(key, said, Expressions.formatYuan(limit, false)),
                            Expressions.formatYuan(limit, m.yuanSign())));
                }
            }
            if (kind == AmountKind.REFUND && c.refundFen() != null && m.fen() != c.refundFen()
                    && set.enabled(RuleId.CONTRADICTS_CASE)) {
                out.add(new Finding(RuleId.CONTRADICTS_CASE, set.severity(RuleId.CONTRADICTS_CASE), m.start(),
                        m.end(), msg.tr("quality.contradicts.refund", said,
                                Expressions.formatYuan(c.refundFen(), false)),
                        Expressions.formatYuan(c.refundFen(), m.yuanSign())));
            }
        }
    }

    /** What an amount is, from the words just around it in the same clause. */
    private static AmountKind kind(String text, int start, int end) {
        int from = clauseStart(text, start, 10);
        int to = clauseEnd(text, end, 6);
        String around = text.substring(from, start) + " " + text.substring(end, to);
        if (COMPENSATION_CUE.matcher(around).find()) {
            return AmountKind.COMPENSATION;
        }
        return REFUND_CUE.matcher(around).find() ? AmountKind.REFUND : AmountKind.OTHER;
    }

    private static int clauseStart(String text, int at, int max) {
        int from = Math.max(0, at - max);
        for (int i = at - 1; i >= from; i--) {
            if (SENTENCE_END.matcher(String.valueOf(text.charAt(i))).matches()) {
                return i + 1;
            }
        }
        return from;
    }

    private static int clauseEnd(String text, int at, int max) {
        int to = Math.min(text.length(), at + max);
        for (int i = at; i < to; i++) {
            if (SENTENCE_END.matcher(String.valueOf(text.charAt(i))).matches()) {
                return i;
            }
        }
        return to;
    }

    // --- order number and dates ---------------------------------------------------------------------------------

    private void orderNumbers(String text, ReplyContext c, Severity severity, Messages msg, List<Finding> out) {
        if (c.orderNo() == null || c.orderNo().isBlank()) {
            return;
        }
        String expected = c.orderNo().trim();
        Matcher m = ORDER_NO.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(expected)) {
                out.add(new Finding(RuleId.CONTRADICTS_CASE, severity, m.start(1), m.end(1),
                        msg.tr("quality.contradicts.order", m.group(1), expected), expected));
            }
        }
    }

    private void times(String text, ReplyContext c, Severity severity, Messages msg, List<Finding> out) {
        if (c.promisedShipBy() == null && c.platformDeadline() == null) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (Expressions.When w : Expressions.times(text, now)) {
            String around = text.substring(clauseStart(text, w.start(), 12), w.start()) + " "
                    + text.substring(w.end(), clauseEnd(text, w.end(), 12));
            String said = text.substring(w.start(), w.end());
            if (c.promisedShipBy() != null && SHIP_CUE.matcher(around).find()) {
                if (later(w, c.promisedShipBy())) {
                    out.add(new Finding(RuleId.CONTRADICTS_CASE, severity, w.start(), w.end(),
                            msg.tr("quality.contradicts.ship", said, day(c.promisedShipBy())),
                            suggestionFor(w, c.promisedShipBy())));
                }
            } else if (c.platformDeadline() != null && HANDLE_CUE.matcher(around).find()
                    && later(w, c.platformDeadline())) {
                out.add(new Finding(RuleId.CONTRADICTS_CASE, severity, w.start(), w.end(),
                        msg.tr("quality.contradicts.deadline", said, day(c.platformDeadline())),
                        suggestionFor(w, c.platformDeadline())));
            }
        }
    }

    /** True when a time said in the reply is after a limit (a named day: after the limit's day). */
    private boolean later(Expressions.When w, Instant limit) {
        if (w.day() != null) {
            return w.day().isAfter(localDay(limit));
        }
        return w.latest().isAfter(limit);
    }

    private String suggestionFor(Expressions.When w, Instant limit) {
        return w.day() != null ? day(limit) : day(limit) + "前";
    }

    private LocalDate localDay(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    /** A day as a Chinese reply says it: "11月25日" (the reply goes to a Chinese buyer whatever the UI language). */
    private String day(Instant at) {
        LocalDate d = localDay(at);
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // --- topic --------------------------------------------------------------------------------------------------

    private void offTopic(String text, ReplyContext c, String buyerMessage, RuleSet set, Messages msg,
                          List<Finding> out) {
        TopicMatcher matcher = topics != null ? topics : new LexiconTopicMatcher(set.topics());
        List<Category> buyer = buyerMessage == null || buyerMessage.isBlank()
                ? c.category() != null ? List.of(c.category()) : List.of()
                : buyerReader != null ? buyerReader.apply(buyerMessage) : matcher.buyerTopics(buyerMessage);
        if (buyer.isEmpty() || text.isBlank()) {
            return;
        }
        List<Category> said = matcher.replyTopics(text);
        if (said.isEmpty()) {
            return;
        }
        boolean resend = TopicMatcher.sendsReplacement(text);
        for (Category b : buyer) {
            if (resend && TopicMatcher.replacementFits(b)) {
                return;
            }
            for (Category r : said) {
                if (TopicMatcher.fits(b, r)) {
                    return;
                }
            }
        }
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        out.add(new Finding(RuleId.OFF_TOPIC, set.severity(RuleId.OFF_TOPIC), s, e,
                msg.tr("quality.explain.OFF_TOPIC", msg.tr(buyer.get(0).labelKey()), msg.tr(said.get(0).labelKey())),
                null));
    }
}
