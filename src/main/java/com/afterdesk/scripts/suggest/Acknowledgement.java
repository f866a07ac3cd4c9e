package com.afterdesk.scripts.suggest;

import java.util.List;
import java.util.Locale;

/**
 * Recognises a buyer message that only acknowledges or thanks ("收到了，谢谢", "好的👌", "嗯嗯 辛苦了"): the topic is
 * settled, so the reply is a polite close, not another question about the problem.
 */
public final class Acknowledgement {

    /** Longest first, so "收到了" is taken before "收到". */
    private static final List<String> TOKENS = List.of("非常感谢", "谢谢你们", "谢谢您", "谢谢你", "辛苦了", "辛苦啦",
            "麻烦了", "麻烦你了", "收到了", "收到啦", "知道了", "明白了", "了解了", "清楚了", "没问题", "好的呢", "好滴",
            "好嘞", "好哒", "好的", "谢谢", "感谢", "多谢", "谢啦", "辛苦", "收到", "可以", "行吧", "那好", "好吧",
            "好", "行", "嗯", "哦", "噢", "恩", "亲", "啦", "呀", "了", "的", "哈", "呢", "thanks", "thank", "thx",
            "3q", "ok", "okay", "you");

    private Acknowledgement() {
    }

    /** True when the message says nothing but thanks or "OK" (punctuation, emoji and spaces ignored). */
    public static boolean isClosing(String message) {
        if (message == null) {
            return false;
        }
        StringBuilder core = new StringBuilder();
        message.toLowerCase(Locale.ROOT).codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp))
                .forEach(core::appendCodePoint);
        String rest = core.toString();
        if (rest.isEmpty() || message.contains("?") || message.contains("？") || message.contains("吗")) {
            return false;
        }
        boolean thanked = false;
        outer:
        while (!rest.isEmpty()) {
            for (String t : TOKENS) {
                if (rest.startsWith(t)) {
                    thanked |= t.length() > 1 || "好行嗯哦噢恩".contains(t);
                    rest = rest.substring(t.length());
                    continue outer;
                }
            }
            return false;
        }
        return thanked;
    }
}
