package com.afterdesk.quality;

import com.afterdesk.domain.Category;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Topic words per category (the {@code topics} of the rule files): a text is about the categories whose words it
 * contains, the most hits first. Small and predictable; good enough to catch a reply about the courier sent to a
 * buyer asking for an invoice.
 */
public final class LexiconTopicMatcher implements TopicMatcher {

    private final Map<Category, List<String>> words;

    public LexiconTopicMatcher(Map<Category, List<String>> words) {
        this.words = new EnumMap<>(Category.class);
        words.forEach((c, list) -> this.words.put(c, List.copyOf(list)));
    }

    @Override
    public List<Category> buyerTopics(String buyerMessage) {
        List<Category> all = topics(buyerMessage);
        return all.size() > 2 ? all.subList(0, 2) : all;
    }

    @Override
    public List<Category> replyTopics(String reply) {
        return topics(reply);
    }

    List<Category> topics(String text) {
        String folded = FoldedText.of(text == null ? "" : text, FoldedText.View.TEXT).text;
        Map<Category, Integer> hits = new EnumMap<>(Category.class);
        words.forEach((c, list) -> {
            int n = 0;
            for (String w : list) {
                for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length())) {
                    n++;
                }
            }
            if (n > 0) {
                hits.put(c, n);
            }
        });
        List<Category> out = new ArrayList<>(hits.keySet());
        out.sort(Comparator.comparing((Category c) -> -hits.get(c)).thenComparing(Enum::ordinal));
        return out;
    }
}
