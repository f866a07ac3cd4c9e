package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Emotion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Developer tool (not a test): trains the emotion model on the voices messages with labels from several readers
 * and measures the result on labelled files. The votes file has one line per voices message, in the order of the
 * two voices resources: {@code text TAB label TAB label...} (the writer's label first, then the independent
 * readers'). Modes ({@code -Dvotes.mode}): {@code writer} (as shipped), {@code majority}, {@code soft} (the share
 * of the votes as the target), {@code readers} (the readers' votes only, soft); {@code -Dvotes.all=true} lets every
 * voices message teach emotion, not only the first file. Run:
 * {@code java -cp $CP -Dvotes.mode=soft com.afterdesk.scripts.suggest.EmotionVotes VOTES FILE... [--blind FILE...]}
 */
public final class EmotionVotes {

    private EmotionVotes() {
    }

    public static void main(String[] args) throws IOException {
        String mode = System.getProperty("votes.mode", "writer");
        boolean all = Boolean.getBoolean("votes.all");
        int copies = Integer.getInteger("votes.copies", Classifier.VOICES_EMOTION_COPIES);
        List<String[]> votes = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        int first = corpus.stream().filter(TrainingCorpus.Example::voices).mapToInt(TrainingCorpus.Example::template)
                .min().orElseThrow();
        Map<Integer, double[]> targets = new HashMap<>();
        for (TrainingCorpus.Example e : corpus) {
            if (!e.voices()) {
                continue;
            }
            String[] v = votes.get(e.template() - first);
            if (!v[1].equals(e.emotion().name())) {
                throw new IllegalStateException("votes out of step at " + e.text() + " / " + v[0]);
            }
            if (!targets.containsKey(e.template())) {
                targets.put(e.template(), target(v, mode));
            }
        }
        Function<TrainingCorpus.Example, double[]> teach = e -> {
            if (!e.voices()) {
                return Classifier.emotionTarget(e);
            }
            if (e.source() == TrainingCorpus.Source.CATEGORY_ONLY && !all) {
                return null;
            }
            return targets.get(e.template());
        };
        Classifier c = new Classifier(Classifier.train(corpus, teach, e -> e.voices() ? copies : 1));
        boolean blind = false;
        System.out.printf("mode %s all %s copies %d%n", mode, all, copies);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--blind")) {
                blind = true;
                continue;
            }
            Evaluation.Report r = Evaluation.run(c, Evaluation.read(Path.of(args[i])));
            System.out.printf("  %-22s n=%d top1 %.3f top3 %.3f emotion %.3f%s%n", args[i], r.messages(), r.top1(),
                    r.top3(), r.emotion(), blind ? "" : "  " + r.emotionMatrix());
        }
        if (Boolean.getBoolean("votes.cv")) {
            crossValidate(corpus, targets, teach, copies, votes, first);
        }
    }

    /** Five-fold: agreement of held-out voices messages with the majority of the votes. */
    private static void crossValidate(List<TrainingCorpus.Example> corpus, Map<Integer, double[]> targets,
                                      Function<TrainingCorpus.Example, double[]> teach, int copies,
                                      List<String[]> votes, int first) {
        int n = 0;
        int ok = 0;
        for (int k = 0; k < 5; k++) {
            int fold = k;
            List<TrainingCorpus.Example> train = corpus.stream()
                    .filter(e -> !e.voices() || e.template() % 5 != fold).toList();
            Classifier c = new Classifier(Classifier.train(train, teach, e -> e.voices() ? copies : 1));
            java.util.Set<Integer> done = new java.util.HashSet<>();
            for (TrainingCorpus.Example e : corpus) {
                if (!e.voices() || e.template() % 5 != fold || !done.add(e.template())) {
                    continue;
                }
                double[] y = target(votes.get(e.template() - first), "soft");
                Emotion want = Emotion.values()[argmax(y)];
                n++;
                ok += c.classify(e.text()).emotion() == want ? 1 : 0;
            }
        }
        System.out.printf("  cv vs majority n=%d agreement %.3f%n", n, (double) ok / n);
    }

    static double[] target(String[] v, String mode) {
        if (mode.equals("agreed")) {
            for (int i = 2; i < v.length; i++) {
                if (!v[i].strip().equals(v[1])) {
                    return null;
                }
            }
            return target(v, "writer");
        }
        double[] y = new double[3];
        int from = mode.equals("readers") ? 2 : 1;
        int to = mode.equals("writer") ? 2 : v.length;
        for (int i = from; i < to; i++) {
            y[Emotion.valueOf(v[i].strip()).ordinal()] += 1;
        }
        if (mode.equals("majority")) {
            int best = argmax(y);
            // a tie of three different votes goes to the middle level
            if (y[best] == 1 && to - from == 3) {
                best = Emotion.UPSET.ordinal();
            }
            y = new double[3];
            y[best] = 1;
            return y;
        }
        double sum = y[0] + y[1] + y[2];
        for (int i = 0; i < 3; i++) {
            y[i] /= sum;
        }
        return y;
    }

    private static int argmax(double[] y) {
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[best]) {
                best = i;
            }
        }
        return best;
    }
}
