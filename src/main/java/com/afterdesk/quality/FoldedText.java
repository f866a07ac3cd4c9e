package com.afterdesk.quality;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A reply folded for matching, with a map back to the original offsets. The TEXT view folds full-width forms,
 * lower-cases and drops white space, so "加 V 信" and "ＶＸ" read as "加v信" and "vx". The DIGITS view also drops
 * separators used inside numbers (dashes, dots, brackets) and reads Chinese numerals as digits, so
 * "138-1234 5678" and "一三八一二三四五六七八" both read as eleven digits.
 */
final class FoldedText {

    enum View { TEXT, DIGITS }

    private static final String NUMERALS = "零〇一二三四五六七八九";
    private static final String FORMAL = "零〇壹贰叁肆伍陆柒捌玖";

    final String original;
    final String text;
    private final int[] from;
    private final int[] to;

    private FoldedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String original, View view) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] from = new int[original.length() + 1];
        int[] to = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = fold(cp, view);
            for (int k = 0; k < folded.length(); k++) {
                from[sb.length()] = i;
                to[sb.length()] = next;
                sb.append(folded.charAt(k));
            }
            i = next;
        }
        return new FoldedText(original, sb.toString(), from, to);
    }

    private static String fold(int cp, View view) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x200C
                || cp == 0x200D || cp == 0xFEFF) {
            return "";
        }
        if (view == View.DIGITS) {
            if ("-–—_.·•*()（）[]【】/~～".indexOf(cp) >= 0) {
                return "";
            }
            int n = NUMERALS.indexOf(cp);
            if (n < 0) {
                n = FORMAL.indexOf(cp);
            }
            if (n >= 0) {
                return String.valueOf(Math.max(0, n - 1));
            }
            if (cp == '幺') {
                return "1";
            }
            if (cp == '两') {
                return "2";
            }
        }
        String s = new String(Character.toChars(cp));
        if (cp >= 0xFF01 && cp <= 0xFF5E || cp == 0x3000) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Original start offset of the folded position {@code start}. */
    int originalStart(int start) {
        return start < text.length() ? from[start] : original.length();
    }

    /** Original end offset of a folded span ending (exclusive) at {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? 0 : to[end - 1];
    }
}
