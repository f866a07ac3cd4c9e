package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Emotion level from intensity cues: angry words (垃圾, 骗子, 凭什么), upset words (失望, 无语, 都三天了),
 * punctuation runs (!!!, ???), angry or sad emoji, shouting in capitals, stretched characters and loud threats
 * (曝光, 12315), on top of a base level per complaint category;
 * polite words (请问, 谢谢) calm the level down. The levels are thresholds on the summed intensity.
 */
final class EmotionDetector {

    /** Intensity from which a message reads as upset. */
    static final double UPSET = 1.4;
    /** Intensity from which a message reads as angry. */
    static final double ANGRY = 3.0;

    private final CueLexicon lexicon;

    EmotionDetector(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Base level per complaint category: reporting a broken, wrong or missing item or a service failure is
     * upsetting in itself, a how-to or invoice question is not.
     */
    private static final Map<Category, Double> BASE = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.DAMAGED, 0.6), Map.entry(Category.QUALITY_DEFECT, 0.6),
            Map.entry(Category.WRONG_MISSING, 0.6), Map.entry(Category.NOT_AS_DESCRIBED, 0.6),
            Map.entry(Category.LOGISTICS_EXCEPTION, 0.6), Map.entry(Category.LOGISTICS_DELAY, 0.45),
            Map.entry(Category.SHIP_LATE, 0.45), Map.entry(Category.REFUND_PROGRESS, 0.6),
            Map.entry(Category.SERVICE_ATTITUDE, 1.4), Map.entry(Category.COUNTERFEIT, 0.6),
            Map.entry(Category.PRICE_PROMO, 0.6), Map.entry(Category.THREAT_EXTORTION, 1.0),
            Map.entry(Category.CHANGE_OF_MIND, 0.0), Map.entry(Category.RETURN_SHIPPING, 0.5),
            Map.entry(Category.USAGE_HELP, 0.2), Map.entry(Category.INVOICE, 0.2), Map.entry(Category.OTHER, 0.0)));

    Emotion detect(TextNormalizer.Normalized n, Category primary) {
        double level = intensity(n) + BASE.getOrDefault(primary, 0.0);
        if (level >= ANGRY) {
            return Emotion.ANGRY;
        }
        return level >= UPSET ? Emotion.UPSET : Emotion.CALM;
    }

    /** Number of dense features {@link #features} gives. */
    static final int FEATURES = 19;

    /**
     * The intensity signals as features of the emotion model: cue sums by level, punctuation runs, emoji,
     * capitals, stretched characters, length, and the rule level itself.
     */
    double[] features(TextNormalizer.Normalized n) {
        double[] cues = cueSums(n);
        double angry = cues[0];
        double upset = cues[1];
        double calm = cues[2];
        double[] f = new double[FEATURES];
        f[0] = Math.min(angry, 9) / 3;
        f[1] = Math.min(upset, 6) / 3;
        f[2] = Math.max(calm, -4) / 2;
        f[3] = n.exclamations() == 1 ? 1 : 0;
        f[4] = n.maxExclamationRun() >= 2 ? 1 : 0;
        f[5] = n.maxExclamationRun() >= 3 ? 1 : 0;
        f[6] = n.maxQuestionRun() == 1 ? 1 : 0;
        f[7] = n.maxQuestionRun() == 2 ? 1 : 0;
        f[8] = n.maxQuestionRun() >= 3 ? 1 : 0;
        f[9] = Math.min(n.angryEmoji(), 2);
        f[10] = Math.min(n.sadEmoji(), 2);
        f[11] = n.shouting() ? 1 : 0;
        f[12] = n.stretched() ? 1 : 0;
        int len = n.text().length();
        f[13] = len <= 8 ? 1 : 0;
        f[14] = len >= 40 ? 1 : 0;
        f[15] = angry > 0 ? 1 : 0;
        f[16] = upset > 0 ? 1 : 0;
        f[17] = calm < 0 ? 1 : 0;
        f[18] = Math.min(intensity(n, cues), 9) / 3;
        return f;
    }

    /**
     * Weights of the emotion cues found (not negated), summed per level: angry, upset, calm. Cues of one level that
     * overlap are one stretch of heat and count once ("好几次了" is not 好几次 plus 几次了; the longer cue wins).
     */
    private double[] cueSums(TextNormalizer.Normalized n) {
        double[] sums = new double[3];
        List<CueLexicon.Match> counted = new ArrayList<>();
        for (CueLexicon.Match m : lexicon.match(n.text())) {
            if (m.negated() || counted.stream().anyMatch(k -> k.entry().section().equals(m.entry().section())
                    && m.start() < k.end() && k.start() < m.end())) {
                continue;
            }
            counted.add(m);
            switch (m.entry().section()) {
                case "ANGRY" -> sums[0] += m.entry().weight();
                case "UPSET" -> sums[1] += m.entry().weight();
                default -> sums[2] += m.entry().weight();
            }
        }
        return sums;
    }

    double intensity(TextNormalizer.Normalized n) {
        return intensity(n, cueSums(n));
    }

    /** The summed intensity, given the message's cue sums (so the features need not match the cues twice). */
    private static double intensity(TextNormalizer.Normalized n, double[] cues) {
        double angry = cues[0];
        double upset = cues[1];
        double calm = cues[2];
        double level = angry + Math.min(upset, 2.2) + Math.max(calm, -3);
        if (n.maxExclamationRun() >= 2) {
            level += 2.5;
        } else if (n.exclamations() > 0) {
            level += 0.7 * Math.min(n.exclamations(), 3);
        }
        if (n.maxQuestionRun() >= 3) {
            level += 3.0;
        } else if (n.maxQuestionRun() == 2) {
            level += 2.0;
        }
        level += Math.min(n.angryEmoji(), 2) * 2.0 + Math.min(n.sadEmoji(), 2) * 1.0;
        if (n.shouting()) {
            level += 1.5;
        }
        if (n.stretched()) {
            level += 0.5;
        }
        return level;
    }
}
