package com.afterdesk.scripts;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Locale;

/**
 * Folds text for searching so that what a buyer or agent types finds what the library says: Traditional
 * characters become Simplified (opencc4j), full-width letters, digits and punctuation become half-width,
 * Latin letters lower case. Applied to both the query and the scripts.
 */
final class SearchText {

    private SearchText() {
    }

    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            sb.append(c);
        }
        String half = sb.toString().toLowerCase(Locale.ROOT);
        return hasHan(half) ? ZhConverterUtil.toSimple(half) : half;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
