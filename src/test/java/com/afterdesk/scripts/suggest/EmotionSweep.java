package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer tool: sweeps the cumulative emotion thresholds on the held-out corpus slice and on labelled files. */
public final class EmotionSweep {
    public static void main(String[] args) {
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        List<TrainingCorpus.Example> train = corpus.stream().filter(e -> !ModelWorkbench.heldOut(e)).toList();
        List<Evaluation.Item> valid = corpus.stream().filter(ModelWorkbench::heldOut)
                .map(e -> new Evaluation.Item("v", e.text(), e.primary(), e.secondary(), e.emotion())).toList();
        Classifier slice = new Classifier(Classifier.train(train));
        sweep("validation", slice, valid);
        // the held-out templates of the main corpus alone, comparable across changes to the emotion corpus
        int main = TrainingCorpus.parse(TrainingCorpus.lines(TrainingCorpus.RESOURCE)).stream()
                .mapToInt(TrainingCorpus.Example::template).max().orElse(0) + 1;
        sweep("validation (main corpus templates)", slice, corpus.stream()
                .filter(e -> ModelWorkbench.heldOut(e) && e.template() < main)
                .map(e -> new Evaluation.Item("v", e.text(), e.primary(), e.secondary(), e.emotion())).toList());
        Classifier full = new Classifier(Classifier.train(corpus));
        for (String a : args) {
            sweep(a, full, Evaluation.read(Path.of(a)));
        }
    }

    static void sweep(String name, Classifier c, List<Evaluation.Item> items) {
        TextNormalizer normalizer = new TextNormalizer();
        List<double[]> ps = new ArrayList<>();
        List<Boolean> hot = new ArrayList<>();
        for (Evaluation.Item it : items) {
            TextNormalizer.Normalized n = normalizer.normalize(it.text());
            Category primary = c.classify(it.text()).primary();
            ps.add(c.emotionProbabilities(n, TextModel.grams(n.text()), primary));
            hot.add(c.models().emotions().heat(n) >= Classifier.HEAT);
        }
        StringBuilder sb = new StringBuilder(name + "\n      ");
        double[] ts = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65};
        for (double tu : ts) sb.append(String.format("  u%.2f", tu));
        sb.append('\n');
        for (double ta : ts) {
            sb.append(String.format("a%.2f ", ta));
            for (double tu : ts) {
                int ok = 0;
                for (int i = 0; i < items.size(); i++) {
                    Emotion e = hot.get(i) ? Emotion.ANGRY : Classifier.level(ps.get(i), ta, tu);
                    if (e == items.get(i).emotion()) ok++;
                }
                sb.append(String.format("  %.3f", (double) ok / items.size()));
            }
            sb.append('\n');
        }
        System.out.print(sb);
    }
}
