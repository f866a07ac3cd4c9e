package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Emotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer tool (not a test): five-fold cross-validation on the whole messages of the voices corpus. Each fold
 * trains on the templates and the other four folds and measures the fifth, so every voices message is measured by
 * a model that never saw it. Prints top-1 over all of them, emotion agreement (the voices file; the context file
 * and the category-only file apart, the latter because the emotion model never learns from it) and the emotion
 * matrix of the voices file, then the agreement over a grid of the cumulative emotion thresholds. Run:
 * {@code java -cp target/classes:target/test-classes:target/afterdesk.jar com.afterdesk.scripts.suggest.VoicesCrossValidation}
 */
public final class VoicesCrossValidation {

    private static final int FOLDS = 5;

    private VoicesCrossValidation() {
    }

    public static void main(String[] args) {
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        TextNormalizer normalizer = new TextNormalizer();
        int n = 0;
        int top1 = 0;
        List<double[]> probabilities = new ArrayList<>();
        List<Emotion> truth = new ArrayList<>();
        Map<String, Integer> matrix = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        boolean verbose = args.length > 0 && args[0].equals("-v");
        int categoryOnly = 0;
        int categoryOnlyAgree = 0;
        int context = 0;
        int contextAgree = 0;
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            List<TrainingCorpus.Example> train = corpus.stream()
                    .filter(e -> !e.voices() || e.template() % FOLDS != fold).toList();
            Classifier c = new Classifier(Classifier.train(train));
            for (TrainingCorpus.Example e : corpus) {
                if (!e.voices() || e.template() % FOLDS != fold) {
                    continue;
                }
                Classification r = c.classify(e.text());
                n++;
                if (r.primary() == e.primary() || e.secondary().contains(r.primary())) {
                    top1++;
                } else {
                    confusions.merge(e.primary() + ">" + r.primary(), 1, Integer::sum);
                    if (verbose) {
                        System.out.println("  miss " + e.primary() + e.secondary() + " -> " + r.primary() + " | "
                                + e.text());
                    }
                }
                if (e.source() == TrainingCorpus.Source.CATEGORY_ONLY) {
                    categoryOnly++;
                    categoryOnlyAgree += e.emotion() == r.emotion() ? 1 : 0;
                    continue; // its emotion labels are not learnt, so they are measured apart
                }
                if (e.source() == TrainingCorpus.Source.CONTEXT) {
                    context++;
                    contextAgree += e.emotion() == r.emotion() ? 1 : 0;
                    continue; // written in another way, so measured apart
                }
                matrix.merge(e.emotion() + ">" + r.emotion(), 1, Integer::sum);
                TextNormalizer.Normalized norm = normalizer.normalize(e.text());
                probabilities.add(c.emotionProbabilities(norm, TextModel.grams(norm.text()), r.primary()));
                truth.add(e.emotion());
            }
        }
        int ok = 0;
        for (Map.Entry<String, Integer> m : matrix.entrySet()) {
            String[] p = m.getKey().split(">");
            if (p[0].equals(p[1])) {
                ok += m.getValue();
            }
        }
        System.out.printf("voices cross-validation n=%d top1 %.3f; emotion %.3f (voices, n=%d), %.3f (context file, "
                + "n=%d), %.3f (category-only file, n=%d)%n    emo %s%n", n, (double) top1 / n,
                (double) ok / truth.size(), truth.size(), (double) contextAgree / Math.max(1, context), context,
                (double) categoryOnlyAgree / Math.max(1, categoryOnly), categoryOnly, matrix);
        List<Map.Entry<String, Integer>> top = new ArrayList<>(confusions.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        System.out.println("    confusions " + top.subList(0, Math.min(20, top.size())));
        System.out.println("thresholds (rows: angry from, columns: upset from)");
        System.out.print(EmotionSweep.grid(probabilities, truth));
    }
}
