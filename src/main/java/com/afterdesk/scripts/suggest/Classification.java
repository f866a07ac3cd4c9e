package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.List;

/**
 * What the classifier makes of a buyer message.
 *
 * @param categories all categories, best first, with scores in [0, 1]
 * @param emotion    how upset the buyer is
 * @param cues       the cues that were found (for an explanation)
 * @param chasing    true when the buyer is chasing progress on something already under way ("怎么样了", "还没")
 * @param secondary  other categories the message clearly also carries (a threat besides the defect), best first
 */
public record Classification(List<CategoryScore> categories, Emotion emotion, List<Cue> cues, boolean chasing,
                             List<Category> secondary) {

    public Classification {
        categories = List.copyOf(categories);
        cues = List.copyOf(cues);
        secondary = List.copyOf(secondary);
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

    /** The same reading with another emotion (the agent's correction). */
    public Classification withEmotion(Emotion other) {
        return new Classification(categories, other, cues, chasing, secondary);
    }
}
