package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's past choices (message → chosen script), kept in the local database and bounded to the most recent
 * {@link #LIMIT}. For a new message it finds the recorded messages that share enough character pairs (Jaccard
 * similarity of character bigrams of the normalised text) and boosts the scripts chosen for them, so a script
 * the agent keeps picking for a kind of message rises for similar messages and not for unrelated ones.
 */
public final class ChoiceStore {

    /** How many choices are kept; older ones are forgotten. */
    public static final int LIMIT = 2000;
    /** How similar a recorded message must be to count. */
    static final double MIN_SIMILARITY = 0.3;

    private record Choice(String scriptId, Category category, int[] grams) {
    }

    /** How similar a message must be to one whose emotion the agent corrected to take that emotion. */
    static final double EMOTION_SIMILARITY = 0.6;

    private record EmotionChoice(Emotion emotion, String message, int[] grams) {
    }

    private final Database database;
    private final Clock clock;
    private final TextNormalizer normalizer = new TextNormalizer();
    private List<Choice> cache;
    private List<EmotionChoice> emotionCache;

    public ChoiceStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Remembers that the agent answered this message with this script (one transaction, bounded log). */
    public void record(String message, String scriptId, Category category) {
        String norm = normalizer.normalize(message).text();
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO script_choice (chosen_at, script_id, category, message) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, scriptId);
                ps.setString(3, category.name());
                ps.setString(4, norm);
                ps.executeUpdate();
            }
            keepLatest(c, "script_choice");
        });
        synchronized (this) {
            if (cache != null) {
                List<Choice> next = new ArrayList<>(cache);
                next.add(new Choice(scriptId, category, grams(norm)));
                if (next.size() > LIMIT) {
                    next = new ArrayList<>(next.subList(next.size() - LIMIT, next.size()));
                }
                cache = next;
            }
        }
    }

    /**
     * Remembers that the agent reads this message with this emotion (a correction of the classifier): the
     * message's earlier correction is replaced, the log stays bounded, one transaction.
     */
    public void recordEmotion(String message, Emotion emotion) {
        String norm = normalizer.normalize(message).text();
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM emotion_choice WHERE message = ?")) {
                ps.setString(1, norm);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO emotion_choice (chosen_at, emotion, message) VALUES (?, ?, ?)")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, emotion.name());
                ps.setString(3, norm);
                ps.executeUpdate();
            }
            keepLatest(c, "emotion_choice");
        });
        synchronized (this) {
            emotionCache = null; // read again: the correction replaced an older one of the same message
        }
    }

    /**
     * The emotion the agent gave the most similar corrected message (at least {@link #EMOTION_SIMILARITY}; the
     * latest correction wins a tie), if any.
     */
    public java.util.Optional<Emotion> correctedEmotion(String normalizedText) {
        int[] grams = grams(normalizedText);
        EmotionChoice best = null;
        double bestSim = 0;
        for (EmotionChoice ch : emotionChoices()) {
            double sim = ch.message().equals(normalizedText) ? 1 : jaccard(grams, ch.grams());
            if (sim >= EMOTION_SIMILARITY && sim >= bestSim) {
                best = ch;
                bestSim = sim;
            }
        }
        return java.util.Optional.ofNullable(best).map(EmotionChoice::emotion);
    }

    private synchronized List<EmotionChoice> emotionChoices() {
        if (emotionCache == null) {
            emotionCache = database.read(c -> {
                List<EmotionChoice> list = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT emotion, message FROM emotion_choice ORDER BY id LIMIT ?")) {
                    ps.setInt(1, LIMIT);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            try {
                                list.add(new EmotionChoice(Emotion.valueOf(rs.getString(1)), rs.getString(2),
                                        grams(rs.getString(2))));
                            } catch (IllegalArgumentException e) {
                                // a level this version does not know: skip it
                            }
                        }
                    }
                }
                return List.copyOf(list);
            });
        }
        return emotionCache;
    }

    /** Bounds a log table to its latest {@link #LIMIT} rows (inside the caller's transaction). */
    private static void keepLatest(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM " + table + " WHERE id <= (SELECT MAX(id) FROM " + table + ") - ?")) {
            ps.setInt(1, LIMIT);
            ps.executeUpdate();
        }
    }

    /** How many choices are remembered. */
    public int size() {
        return choices().size();
    }

    /**
     * Boost per script id for a normalised message: the summed similarity of the recorded messages the script was
     * chosen for, each at least {@link #MIN_SIMILARITY}, capped at 1.
     */
    Map<String, Double> boosts(String normalizedText) {
        List<Choice> all = choices();
        if (all.isEmpty()) {
            return Map.of();
        }
        int[] grams = grams(normalizedText);
        Map<String, Double> out = new HashMap<>();
        for (Choice ch : all) {
            double sim = jaccard(grams, ch.grams());
            if (sim >= MIN_SIMILARITY) {
                out.merge(ch.scriptId(), sim, (a, b) -> Math.min(1.0, a + b));
            }
        }
        return out;
    }

    private synchronized List<Choice> choices() {
        if (cache == null) {
            cache = database.read(c -> {
                List<Choice> list = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT script_id, category, message FROM script_choice ORDER BY id DESC LIMIT ?")) {
                    ps.setInt(1, LIMIT);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Category cat;
                            try {
                                cat = Category.valueOf(rs.getString(2));
                            } catch (IllegalArgumentException e) {
                                cat = Category.OTHER;
                            }
                            list.add(new Choice(rs.getString(1), cat, grams(rs.getString(3))));
                        }
                    }
                }
                java.util.Collections.reverse(list);
                return list;
            });
        }
        return cache;
    }

    /** Sorted distinct character bigrams (letters and digits only) of a normalised text. */
    static int[] grams(String text) {
        int[] out = new int[Math.max(0, text.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                out[n++] = (a << 16) | b;
            }
        }
        int[] g = Arrays.copyOf(out, n);
        Arrays.sort(g);
        int m = 0;
        for (int i = 0; i < g.length; i++) {
            if (i == 0 || g[i] != g[i - 1]) {
                g[m++] = g[i];
            }
        }
        return Arrays.copyOf(g, m);
    }

    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
