package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Emotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Developer tool (not a test): trains on the whole corpus and prints the emotion agreement on labelled files over a
 * grid of the cumulative thresholds (rows: anger from, columns: upset-or-angry from). Run:
 * {@code java -cp target/classes:target/test-classes:target/afterdesk.jar com.afterdesk.scripts.suggest.EmotionSweep FILE...}
 */
public final class EmotionSweep {

    private EmotionSweep() {
    }

    public static void main(String[] args) {
        Classifier c = new Classifier(Classifier.train(TrainingCorpus.load()));
        TextNormalizer normalizer = new TextNormalizer();
        for (String a : args) {
            List<double[]> ps = new ArrayList<>();
            List<Emotion> truth = new ArrayList<>();
            for (Evaluation.Item it : Evaluation.read(Path.of(a))) {
                TextNormalizer.Normalized n = normalizer.normalize(it.text());
                ps.add(c.emotionProbabilities(n, TextModel.grams(n.text()), c.classify(it.text()).primary()));
                truth.add(it.emotion());
            }
            System.out.println(a);
            System.out.print(grid(ps, truth));
        }
    }

    /** The agreement for each pair of thresholds, as a printable table. */
    static String grid(List<double[]> probabilities, List<Emotion> truth) {
        double[] ts = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65};
        StringBuilder sb = new StringBuilder("      ");
        for (double tu : ts) {
            sb.append(String.format("  u%.2f", tu));
        }
        sb.append('\n');
        for (double ta : ts) {
            sb.append(String.format("a%.2f ", ta));
            for (double tu : ts) {
                int right = 0;
                for (int i = 0; i < truth.size(); i++) {
                    if (Classifier.level(probabilities.get(i), ta, tu) == truth.get(i)) {
                        right++;
                    }
                }
                sb.append(String.format("  %.3f", (double) right / truth.size()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
