package com.afterdesk.scripts.suggest;

/** Developer tool: prints how the emotion of each argument message is reached (cues, heat, probabilities). */
public final class EmotionProbe {
    private EmotionProbe() {
    }

    public static void main(String[] args) {
        Classifier.Models m = Classifier.train(TrainingCorpus.load());
        Classifier c = new Classifier(m);
        TextNormalizer normalizer = new TextNormalizer();
        CueLexicon lex = CueLexicon.load("/suggest/emotion-zh.txt");
        for (String a : args) {
            TextNormalizer.Normalized n = normalizer.normalize(a);
            Classification r = c.classify(a);
            double[] p = c.emotionProbabilities(n, TextModel.grams(n.text()), r.primary());
            StringBuilder cues = new StringBuilder();
            lex.match(n.text()).forEach(x -> cues.append(x.entry().section()).append(':')
                    .append(n.text(), x.start(), x.end()).append(x.negated() ? "(neg) " : " "));
            System.out.printf("%s | %s %s p=[%.2f %.2f %.2f] cues %s%n", a, r.primary(), r.emotion(),
                    p[0], p[1], p[2], cues);
            if (Boolean.getBoolean("probe.why")) {
                // what pushes the message towards anger rather than calm, strongest first
                TextModel.Features f = new TextModel.Features(TextModel.grams(n.text()),
                        Classifier.emotionDense(m.emotions(), n, r.primary()));
                m.emotion().contributions(f, 2, 0).entrySet().stream()
                        .sorted((x, y) -> Double.compare(Math.abs(y.getValue()), Math.abs(x.getValue()))).limit(14)
                        .forEach(e -> System.out.printf("    %s %+.2f%n", e.getKey(), e.getValue()));
            }
        }
    }
}
