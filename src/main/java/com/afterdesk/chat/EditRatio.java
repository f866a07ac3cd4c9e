package com.afterdesk.chat;

/**
 * How much a reply was changed from the script text the agent inserted: Levenshtein distance over the longer
 * length, 0 = sent exactly as inserted, 1 = nothing in common. Feeds the script statistics and the learning.
 */
public final class EditRatio {

    private EditRatio() {
    }

    public static double of(String inserted, String sent) {
        int max = Math.max(inserted.length(), sent.length());
        return max == 0 ? 0 : distance(inserted, sent) / (double) max;
    }

    /** Levenshtein distance in UTF-16 units (Chinese text is nearly all single units), two rows of memory. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
