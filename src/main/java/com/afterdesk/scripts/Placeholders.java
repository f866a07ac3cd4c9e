package com.afterdesk.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in script text, such as {@code {买家}} or {@code {订单号}}. Filling replaces the ones with a known
 * value and leaves the others exactly as they are, visibly marked, for the agent to fill: never silently blank.
 */
public final class Placeholders {

    /** The placeholders the library uses, filled from the case, the customer and the shop. */
    public static final List<String> KNOWN = List.of("买家", "订单号", "商品", "金额", "运费", "快递", "运单号",
            "剩余时间", "店铺", "客服", "补偿金额", "退货地址", "发货时间");

    /** A placeholder: braces around one to ten characters that are not braces or white space. */
    public static final Pattern PATTERN = Pattern.compile("\\{([^{}\\s]{1,10})\\}");

    private Placeholders() {
    }

    /** A placeholder found in a text, with its character span. */
    public record Span(String name, int start, int end) {
    }

    /** Every placeholder left in a text, in order. */
    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.group(1), m.start(), m.end()));
        }
        return out;
    }

    /** Replaces the placeholders that have a non-blank value; the rest stay as they are. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PATTERN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
