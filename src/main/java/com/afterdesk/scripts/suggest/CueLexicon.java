package com.afterdesk.scripts.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted cue lexicon read from a resource (see {@code /suggest/lexicon-zh.txt} for the format), matched on
 * normalised text. Terms are literal strings or {@code A*B} (A, then B within a few characters of the same
 * sentence). Negatable cues do not count after a nearby negation ("没破", "不是质量问题"). Immutable and
 * thread-safe once built.
 */
final class CueLexicon {

    /** One cue: its section, weight, flags and the literal parts. */
    record Entry(String section, double weight, boolean negatable, boolean remedy, String head, String tail,
                 String term) {
    }

    /** A cue found in a text, with its character span. */
    record Match(Entry entry, int start, int end, boolean negated) {
    }

    /** Characters between the two parts of an {@code A*B} cue. */
    static final int GAP = 8;
    /** How far back a negation reaches. */
    static final int NEGATION_WINDOW = 5;
    private static final String NEGATORS = "没不无未非别";
    private static final String[] NOT_NEGATION = {"是不是", "是否", "不小心", "有没有", "会不会", "能不能", "不知道",
            "不然", "不但", "不仅", "不到", "可不可", "好不好", "行不行", "对不对", "不一会", "没多久", "没几天",
            "没用几", "不久", "没过"};

    private final Map<String, List<Entry>> byHead = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final int maxHead;

    private CueLexicon(List<Entry> all) {
        int max = 1;
        for (Entry e : all) {
            entries.add(e);
            byHead.computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
            max = Math.max(max, e.head().length());
        }
        this.maxHead = max;
    }

    /** Reads a lexicon resource from the classpath. */
    static CueLexicon load(String resource) {
        InputStream in = CueLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueLexicon parse(List<String> lines, String source) {
        List<Entry> all = new ArrayList<>();
        String section = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (section == null || colon < 0) {
                throw new IllegalStateException(source + ":" + n + ": expected [SECTION] or 'weight flags: terms'");
            }
            String[] head = line.substring(0, colon).strip().split("\\s+");
            double weight = Double.parseDouble(head[0]);
            String flags = head.length > 1 ? head[1] : "";
            for (String term : line.substring(colon + 1).strip().split("\\s+")) {
                if (term.isEmpty()) {
                    continue;
                }
                int star = term.indexOf('*');
                String a = star < 0 ? term : term.substring(0, star);
                String b = star < 0 ? null : term.substring(star + 1);
                all.add(new Entry(section, weight, flags.contains("n"), flags.contains("r"), a, b, term));
            }
        }
        return new CueLexicon(all);
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * Every cue in the text. Within one section a cue nested inside a longer cue of the same section is dropped,
     * so "压碎了" counts once, not once per overlapping term; a cue nested inside a longer cue of the opposite sign is
     * dropped too ("好的" in "说好的"), and a number cue only counts as a whole number, not inside an order number.
     */
    List<Match> match(String text) {
        List<Match> found = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int lim = Math.min(maxHead, n - i);
            for (int len = 1; len <= lim; len++) {
                List<Entry> es = byHead.get(text.substring(i, i + len));
                if (es == null) {
                    continue;
                }
                if (Character.isDigit(text.charAt(i)) && (i > 0 && Character.isDigit(text.charAt(i - 1))
                        || i + len < n && Character.isDigit(text.charAt(i + len)))) {
                    continue; // a number cue (12315) inside a longer number (an order or tracking number) is not it
                }
                for (Entry e : es) {
                    int end = i + len;
                    if (e.tail() != null) {
                        end = findTail(text, end, e.tail());
                        if (end < 0) {
                            continue;
                        }
                    }
                    found.add(new Match(e, i, end, e.negatable() && negated(text, i)));
                }
            }
        }
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt((Match m) -> m.start() - m.end()).thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>(found.size());
        for (Match m : found) {
            boolean nested = false;
            for (Match k : kept) {
                if (k.entry().section().equals(m.entry().section()) && k.start() <= m.start() && m.end() <= k.end()
                        && !(k.entry().weight() < 0) == !(m.entry().weight() < 0)) {
                    nested = true;
                    break;
                }
                if (!k.entry().section().equals(m.entry().section()) && k.start() <= m.start() && m.end() <= k.end()
                        && (k.entry().weight() < 0) != (m.entry().weight() < 0)) {
                    nested = true; // a calming cue inside a longer heated one ("好的" in "说好的") or the reverse
                    break;
                }
                if (k.entry() == m.entry()) {
                    nested = true; // the same cue twice counts once
                    break;
                }
            }
            if (!nested) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** End of the tail found after {@code from} within the gap and the same sentence, or -1. */
    private static int findTail(String text, int from, String tail) {
        int limit = Math.min(text.length(), from + GAP + tail.length());
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?') {
                return -1;
            }
            if (text.startsWith(tail, j)) {
                return j + tail.length();
            }
        }
        return -1;
    }

    private static boolean negated(String text, int start) {
        int from = start;
        while (from > 0 && start - from < NEGATION_WINDOW) {
            char c = text.charAt(from - 1);
            if (c == ',' || c == '.' || c == '!' || c == '?' || c == '"' || c == ' ') {
                break;
            }
            from--;
        }
        String window = text.substring(from, start);
        boolean neg = false;
        for (int i = 0; i < window.length(); i++) {
            if (NEGATORS.indexOf(window.charAt(i)) >= 0) {
                neg = true;
                break;
            }
        }
        if (!neg) {
            return false;
        }
        // look a little wider for the question and idiom forms that contain a negator but do not negate
        String wide = text.substring(Math.max(0, from - 2), Math.min(text.length(), start + 1));
        for (String s : NOT_NEGATION) {
            if (wide.contains(s)) {
                return false;
            }
        }
        return true;
    }
}
