package com.afterdesk.scripts.suggest;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the classifier on a labelled JSON Lines file ({@code {"id","text","primary","secondary","emotion"}}):
 * top-1 (right when the best category is the primary or a secondary label), top-3 recall of the primary, emotion
 * agreement, per-category precision and recall of the primary, and the most frequent confusions.
 */
public final class Evaluation {

    /** One labelled message. */
    public record Item(String id, String text, Category primary, List<Category> secondary, Emotion emotion) {
    }

    /** Precision and recall of one category as the predicted vs the labelled primary. */
    public record CategoryFigures(int support, int predicted, double precision, double recall) {
    }

    /** A labelled primary that was predicted as another category, and how often. */
    public record Confusion(Category expected, Category predicted, int count) {
    }

    /** A message the classifier got wrong at top-1. */
    public record Miss(String id, String text, Category expected, List<Category> secondary, Category predicted,
                       Emotion expectedEmotion, Emotion emotion) {
    }

    /** The figures for a whole file. */
    public record Report(int messages, double top1, double top3, double emotion,
                         Map<Category, CategoryFigures> perCategory, List<Confusion> confusions,
                         Map<String, Integer> emotionMatrix, List<Miss> misses, List<Miss> emotionMisses) {

        /** The report as plain maps and lists for JSON output (camelCase). */
        public Map<String, Object> toJson(boolean withMisses) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("messages", messages);
            out.put("top1", round(top1));
            out.put("top3", round(top3));
            out.put("emotion", round(emotion));
            Map<String, Object> cats = new LinkedHashMap<>();
            perCategory.forEach((c, f) -> cats.put(c.name(), Map.of("support", f.support(), "predicted", f.predicted(),
                    "precision", round(f.precision()), "recall", round(f.recall()))));
            out.put("perCategory", cats);
            List<Map<String, Object>> conf = new ArrayList<>();
            for (Confusion c : confusions) {
                conf.add(Map.of("expected", c.expected().name(), "predicted", c.predicted().name(), "count", c.count()));
            }
            out.put("confusions", conf);
            out.put("emotionMatrix", emotionMatrix);
            if (withMisses) {
                out.put("misses", misses);
                out.put("emotionMisses", emotionMisses);
            }
            return out;
        }
    }

    private Evaluation() {
    }

    /** Reads a labelled file; a line that is not a labelled message is rejected with its number. */
    public static List<Item> read(Path file) {
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = Json.mapper().readTree(line);
                    List<Category> secondary = new ArrayList<>();
                    for (JsonNode s : node.path("secondary")) {
                        secondary.add(Category.fromId(s.asText()));
                    }
                    String emotion = node.path("emotion").asText(null);
                    items.add(new Item(node.path("id").asText(String.valueOf(n)), node.get("text").asText(),
                            Category.fromId(node.get("primary").asText()), secondary,
                            emotion == null ? null : Emotion.valueOf(emotion)));
                } catch (IOException | RuntimeException e) {
                    throw new UserException("scripts.eval.badLine", file, n, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UserException("scripts.eval.unreadable", file, e.getMessage());
        }
        return items;
    }

    /** Classifies every item and computes the figures. */
    public static Report run(Classifier classifier, List<Item> items) {
        int top1 = 0;
        int top3 = 0;
        int emotionOk = 0;
        int emotionLabelled = 0;
        Map<Category, int[]> counts = new EnumMap<>(Category.class); // support, predicted, correct
        for (Category c : Category.values()) {
            counts.put(c, new int[3]);
        }
        Map<String, Integer> confusion = new TreeMap<>();
        Map<String, Integer> emotionMatrix = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Miss> emotionMisses = new ArrayList<>();
        for (Item item : items) {
            Classification c = classifier.classify(item.text());
            Category best = c.primary();
            boolean hit = best == item.primary() || item.secondary().contains(best);
            if (hit) {
                top1++;
            }
            for (int i = 0; i < 3; i++) {
                if (c.categories().get(i).category() == item.primary()) {
                    top3++;
                    break;
                }
            }
            counts.get(item.primary())[0]++;
            counts.get(best)[1]++;
            if (best == item.primary()) {
                counts.get(best)[2]++;
            }
            Miss miss = new Miss(item.id(), item.text(), item.primary(), item.secondary(), best, item.emotion(),
                    c.emotion());
            if (!hit) {
                confusion.merge(item.primary() + ">" + best, 1, Integer::sum);
                misses.add(miss);
            }
            if (item.emotion() != null) {
                emotionLabelled++;
                emotionMatrix.merge(item.emotion() + ">" + c.emotion(), 1, Integer::sum);
                if (item.emotion() == c.emotion()) {
                    emotionOk++;
                } else {
                    emotionMisses.add(miss);
                }
            }
        }
        Map<Category, CategoryFigures> per = new EnumMap<>(Category.class);
        counts.forEach((cat, k) -> per.put(cat, new CategoryFigures(k[0], k[1], k[1] == 0 ? 0 : (double) k[2] / k[1],
                k[0] == 0 ? 0 : (double) k[2] / k[0])));
        List<Confusion> pairs = new ArrayList<>();
        confusion.forEach((k, v) -> {
            String[] p = k.split(">");
            pairs.add(new Confusion(Category.valueOf(p[0]), Category.valueOf(p[1]), v));
        });
        pairs.sort((a, b) -> b.count() - a.count());
        int n = Math.max(1, items.size());
        return new Report(items.size(), (double) top1 / n, (double) top3 / n,
                emotionLabelled == 0 ? 0 : (double) emotionOk / emotionLabelled, per, pairs, emotionMatrix, misses,
                emotionMisses);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
