package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.ArrayList;
import java.util.List;

/**
 * What the classifier makes of a buyer message.
 *
 * @param categories all categories, best first, with scores in [0, 1]
 * @param emotion    how upset the buyer is
 * @param cues       the cues that were found (for an explanation)
 * @param chasing    true when the buyer is chasing progress on something already under way ("怎么样了", "还没")
 */
public record Classification(List<CategoryScore> categories, Emotion emotion, List<Cue> cues, boolean chasing) {

    /** Relative score a category needs, compared with the top one, to count as a secondary category. */
    static final double SECONDARY_RATIO = 0.25;

    public Classification {
        categories = List.copyOf(categories);
        cues = List.copyOf(cues);
    }

    /** The best category. */
    public Category primary() {
        return categories.get(0).category();
    }

    /** The score of a category. */
    public double score(Category category) {
        for (CategoryScore s : categories) {
            if (s.category() == category) {
                return s.score();
            }
        }
        return 0;
    }

    /** Other categories the message clearly also carries (e.g. a threat besides the defect), best first. */
    public List<Category> secondary() {
        List<Category> out = new ArrayList<>();
        double top = categories.get(0).score();
        for (int i = 1; i < categories.size(); i++) {
            CategoryScore s = categories.get(i);
            if (s.category() != Category.OTHER && s.score() >= top * SECONDARY_RATIO && s.score() >= 0.1) {
                out.add(s.category());
            }
        }
        return out;
    }
}
