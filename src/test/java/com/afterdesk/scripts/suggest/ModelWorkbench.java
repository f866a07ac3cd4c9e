package com.afterdesk.scripts.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer tool (not a test): trains on the corpus without a held-out slice of its templates and prints the
 * figures on that slice, then the figures of the full model on labelled files given as arguments.
 * Run: {@code java -cp target/afterdesk.jar:target/test-classes com.afterdesk.scripts.suggest.ModelWorkbench [-v] FILE...
 * [--blind FILE...]}; files after {@code --blind} only get their top-line figures (for a half that must not be read).
 */
public final class ModelWorkbench {

    private ModelWorkbench() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        long t1 = System.nanoTime();
        List<TrainingCorpus.Example> train = corpus.stream().filter(e -> !heldOut(e)).toList();
        // -Dworkbench.templates=N keeps the validation slice to the first N templates (compare runs as the corpus grows)
        int upTo = Integer.getInteger("workbench.templates", Integer.MAX_VALUE);
        List<Evaluation.Item> valid = corpus.stream().filter(ModelWorkbench::heldOut).filter(e -> e.template() < upTo)
                .map(e -> new Evaluation.Item("v" + e.template(), e.text(), e.primary(), e.secondary(), e.emotion()))
                .toList();
        System.out.printf("corpus %d messages from %d templates (expanded in %d ms); validation %d%n", corpus.size(),
                corpus.get(corpus.size() - 1).template() + 1, (t1 - t0) / 1_000_000, valid.size());
        Classifier slice = new Classifier(Classifier.train(train));
        print("validation", Evaluation.run(slice, valid), args.length > 0 && args[0].equals("-v"));
        long t2 = System.nanoTime();
        Classifier full = new Classifier(Classifier.train(corpus));
        System.out.printf("full training %d ms%n", (System.nanoTime() - t2) / 1_000_000);
        boolean blind = false;
        for (String a : args) {
            if (a.equals("--blind")) {
                blind = true; // the files after it are only measured: their top-line figures, nothing per message
            } else if (!a.startsWith("-") && Files.isRegularFile(Path.of(a))) {
                Evaluation.Report r = Evaluation.run(full, Evaluation.read(Path.of(a)));
                if (blind) {
                    System.out.printf("%-28s n=%d top1 %.3f top3 %.3f emotion %.3f%n", a, r.messages(), r.top1(),
                            r.top3(), r.emotion());
                    System.out.println("    emo " + r.emotionMatrix());
                } else {
                    print(a, r, args[0].equals("-v"));
                }
            }
        }
    }

    static boolean heldOut(TrainingCorpus.Example e) {
        return e.template() % 6 == 5;
    }

    private static String abbr(com.afterdesk.domain.Category c) {
        return c.name().substring(0, Math.min(6, c.name().length()));
    }

    private static void print(String name, Evaluation.Report r, boolean misses) {
        System.out.printf("%-28s n=%d top1 %.3f top3 %.3f emotion %.3f%n", name, r.messages(), r.top1(), r.top3(),
                r.emotion());
        StringBuilder sb = new StringBuilder("   ");
        r.perCategory().forEach((c, f) -> sb.append(String.format(" %s %.2f/%.2f", abbr(c),
                f.precision(), f.recall())));
        System.out.println(sb);
        System.out.println("    conf " + r.confusions().stream().limit(8)
                .map(c -> abbr(c.expected()) + ">" + abbr(c.predicted()) + " "
                        + c.count()).toList());
        System.out.println("    emo " + r.emotionMatrix());
        if (misses) {
            r.misses().forEach(m -> System.out.println("    MISS " + m.expected() + ">" + m.predicted() + " " + m.text()));
            r.emotionMisses().forEach(m -> System.out.println("    EMO " + m.expectedEmotion() + ">" + m.emotion() + " "
                    + m.text()));
        }
    }
}
