package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a buyer message into the complaint categories and an emotion level.
 *
 * <p>How: the message is normalised ({@link TextNormalizer}: Simplified, typos, pinyin abbreviations, emoji and
 * punctuation counted). A multinomial logistic regression over its character 1-3-grams and the evidence of the
 * concept lexicon and the precedence rules of categories.md ({@link LexiconRules}) gives the category scores; a
 * second one over the same n-grams, the intensity signals ({@link EmotionDetector}) and the category gives the
 * emotion. Both models are trained once per process, deterministically, on a corpus of buyer messages written for
 * this project ({@link TrainingCorpus}): templates from the taxonomy plus whole messages written one by one in many
 * voices, which count double for the emotion model because they carry the way buyers really sound. The dev set is
 * only ever measured. Immutable and thread-safe.
 */
public final class Classifier {

    private static final Category[] CATEGORIES = Category.values();
    private static final Emotion[] EMOTIONS = Emotion.values();
    /** Dense features of the category model: the rule evidence per category, the chasing and the pre-sale flag. */
    static final int CATEGORY_DENSE = CATEGORIES.length + 2;
    /**
     * Scale of the rule evidence as a feature. The rules alone over-trust their cue words, the n-grams alone miss the
     * precedence rules; with the whole messages of the voices corpus to learn from, a lighter hand on the rules does
     * better (five-fold top-1 on those messages 0.774 at 8, 0.787 at 16; the inspected dev half unchanged).
     */
    private static final double RULE_DIVISOR = 16;
    /** A further category counts as secondary from this probability on. */
    private static final double SECONDARY_PROBABILITY = 0.2;

    /** The trained models and the rules they use; trained once per process. */
    record Models(LexiconRules rules, EmotionDetector emotions, TextModel categories, TextModel emotion) {
    }

    /**
     * How many times a whole message of the voices corpus counts in the emotion model: written one by one, they
     * sound like buyers; the templates' wrapped wording does less so (five-fold emotion agreement on those messages,
     * VoicesCrossValidation: 0.850 once, 0.855 twice, 0.858 three times; twice keeps the inspected dev half best).
     */
    static final int VOICES_EMOTION_COPIES = 2;

    /**
     * How many times a whole message (either voices file) counts in the category model, for the same reason:
     * five-fold top-1 on those messages 0.810 once, 0.818 twice, 0.821 three times; three times cost the inspected
     * dev half a message, twice did not.
     */
    static final int VOICES_CATEGORY_COPIES = 2;

    /** The emotion cue lexicon of the detector whose signals the emotion model reads. */
    static final String EMOTION_CUES = "/suggest/emotion-zh.txt";

    static final TextModel.Settings CATEGORY_SETTINGS = new TextModel.Settings(14, 0.5, 1e-5, 2, 7L);
    static final TextModel.Settings EMOTION_SETTINGS = new TextModel.Settings(14, 0.3, 1e-5, 2, 11L);

    private static final class Trained {
        static final Models MODELS = ModelFile.bundled().orElseGet(() -> train(TrainingCorpus.load()));
    }

    private final TextNormalizer normalizer = new TextNormalizer();
    /** The models, resolved on the first classification rather than when the classifier is wired up. */
    private final java.util.function.Supplier<Models> source;

    /**
     * The classifier of the bundled corpus. Its models are loaded (the build trained them: {@link ModelFile}; about a
     * quarter of a second) or, without a matching file, trained (two to three seconds) on the first classification,
     * then shared: opening the window or running a CLI command that never classifies does not pay for it.
     */
    public Classifier() {
        this.source = () -> Trained.MODELS;
    }

    Classifier(Models models) {
        this.source = () -> models;
    }

    /** Trains both models on the given examples (the bundled corpus, or a slice of it for validation). */
    static Models train(List<TrainingCorpus.Example> corpus) {
        return train(corpus, Classifier::emotionTarget, e -> e.source() == TrainingCorpus.Source.VOICES
                ? VOICES_EMOTION_COPIES : 1);
    }

    /** What a training message teaches the emotion model: its level, or nothing (null) for category-only ones. */
    static double[] emotionTarget(TrainingCorpus.Example e) {
        if (e.source() == TrainingCorpus.Source.CATEGORY_ONLY) {
            return null;
        }
        double[] y = new double[EMOTIONS.length];
        y[e.emotion().ordinal()] = 1;
        return y;
    }

    /**
     * Trains both models; {@code emotionTarget} gives the emotion distribution a message teaches (null: none) and
     * {@code emotionCopies} how many times it counts.
     */
    static Models train(List<TrainingCorpus.Example> corpus,
                        java.util.function.Function<TrainingCorpus.Example, double[]> emotionTarget,
                        java.util.function.ToIntFunction<TrainingCorpus.Example> emotionCopies) {
        TextNormalizer normalizer = new TextNormalizer();
        LexiconRules rules = LexiconRules.load();
        EmotionDetector emotions = emotionDetector();
        List<TextModel.Features> cat = new ArrayList<>(corpus.size());
        List<TextModel.Features> emo = new ArrayList<>(corpus.size());
        List<double[]> catTargets = new ArrayList<>(corpus.size());
        List<double[]> emoTargets = new ArrayList<>(corpus.size());
        for (TrainingCorpus.Example e : corpus) {
            TextNormalizer.Normalized n = normalizer.normalize(e.text());
            String[] grams = TextModel.grams(n.text());
            TextModel.Features fc = new TextModel.Features(grams, categoryDense(rules.evidence(n.text())));
            double[] y = new double[CATEGORIES.length];
            double share = e.secondary().isEmpty() ? 0 : 0.15;
            y[e.primary().ordinal()] = 1 - share * e.secondary().size();
            for (Category s : e.secondary()) {
                y[s.ordinal()] += share;
            }
            for (int k = e.voices() ? VOICES_CATEGORY_COPIES : 1; k > 0; k--) {
                cat.add(fc);
                catTargets.add(y);
            }
            double[] ye = emotionTarget.apply(e);
            if (ye == null) {
                continue;
            }
            TextModel.Features f = new TextModel.Features(grams, emotionDense(emotions, n, e.primary()));
            for (int k = emotionCopies.applyAsInt(e); k > 0; k--) {
                emo.add(f);
                emoTargets.add(ye);
            }
        }
        TextModel categories = TextModel.train(cat, catTargets, CATEGORIES.length, CATEGORY_SETTINGS);
        TextModel emotion = TextModel.train(emo, emoTargets, EMOTIONS.length, EMOTION_SETTINGS);
        return new Models(rules, emotions, categories, emotion);
    }

    /** Trained models with the lexicon rules and the emotion cues they were trained with. */
    static Models models(TextModel categories, TextModel emotion) {
        return new Models(LexiconRules.load(), emotionDetector(), categories, emotion);
    }

    private static EmotionDetector emotionDetector() {
        return new EmotionDetector(CueLexicon.load(EMOTION_CUES));
    }

    static double[] categoryDense(LexiconRules.Evidence ev) {
        double[] d = new double[CATEGORY_DENSE];
        for (int c = 0; c < CATEGORIES.length; c++) {
            d[c] = Math.max(-1, Math.min(ev.raw()[c], 8)) / RULE_DIVISOR;
        }
        d[CATEGORIES.length] = ev.chasing() ? 1 : 0;
        d[CATEGORIES.length + 1] = ev.presale() ? 1 : 0;
        return d;
    }

    static double[] emotionDense(EmotionDetector emotions, TextNormalizer.Normalized n, Category category) {
        double[] f = emotions.features(n);
        double[] d = new double[f.length + CATEGORIES.length];
        System.arraycopy(f, 0, d, 0, f.length);
        d[f.length + category.ordinal()] = 1;
        return d;
    }

    /** Classifies one buyer message (any length, any script); never fails. */
    public Classification classify(String text) {
        TextNormalizer.Normalized norm = normalizer.normalize(text);
        LexiconRules.Evidence ev = models().rules().evidence(norm.text());
        String[] grams = TextModel.grams(norm.text());
        double[] p = models().categories().probabilities(new TextModel.Features(grams, categoryDense(ev)));
        if (norm.text().isBlank() || grams.length == 0) {
            p = new double[CATEGORIES.length];
            p[Category.OTHER.ordinal()] = 1;
        }
        List<CategoryScore> ranked = new ArrayList<>(CATEGORIES.length);
        for (Category c : CATEGORIES) {
            ranked.add(new CategoryScore(c, p[c.ordinal()]));
        }
        ranked.sort(Comparator.comparingDouble(CategoryScore::score).reversed());
        Category primary = ranked.get(0).category();
        double[] pe = emotionProbabilities(norm, grams, primary);
        Emotion emotion = grams.length == 0 || norm.text().isBlank() ? Emotion.CALM : level(pe);
        List<Category> secondary = new ArrayList<>();
        double topRaw = ev.raw()[primary.ordinal()];
        for (int i = 1; i < ranked.size(); i++) {
            Category c = ranked.get(i).category();
            if (c == Category.OTHER) {
                continue;
            }
            double r = ev.raw()[c.ordinal()];
            boolean byRules = r >= LexiconRules.SECONDARY_EVIDENCE && r >= topRaw * LexiconRules.SECONDARY_RATIO
                    && ranked.get(i).score() >= 0.02;
            if (ranked.get(i).score() >= SECONDARY_PROBABILITY || byRules) {
                secondary.add(c);
            }
        }
        for (Category c : clauseCategories(text, norm.text(), primary)) {
            if (!secondary.contains(c)) {
                secondary.add(c);
            }
        }
        return new Classification(ranked, emotion, ev.cues(), ev.chasing(), secondary);
    }

    /**
     * Where a message is cut into clauses: sentence and clause punctuation (normalised to . ! ? ,) and the words
     * buyers join two matters with.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?,]+|另外|还有|而且|然后|并且|顺便");
    /** Line breaks, which end a clause whatever the normaliser makes of them. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R+");
    /** A clause shorter than this (characters) says too little to be read alone. */
    private static final int CLAUSE_MIN = 6;
    /** Probability from which a clause read alone names a further matter of the message. */
    private static final double CLAUSE_SURE = 0.8;

    /**
     * The categories that single clauses of a message name with confidence, other than the primary and OTHER, in the
     * order they come. A buyer who writes two matters in one message ("快递慢就算了，杯子还是碎的") gets the second one
     * flagged even when the whole message leans clearly to the first: read as a whole, the softmax gives it almost
     * nothing. A line break ends a clause too: the normaliser joins Chinese lines (a pasted message wrapped by the
     * shop's IM reads as one), so lines are cut before normalising, and the chat pane's recent buyer messages, one per
     * line, are each read on their own. A clause read alone can also mistake background for a matter ("我买的是两箱脐橙"
     * reads like a wrong item), so these are offered to the agent, never acted on silently (README: two matters in one
     * message).
     */
    private List<Category> clauseCategories(String raw, String normalized, Category primary) {
        List<String> clauses = new ArrayList<>();
        if (raw != null && LINE_BREAK.matcher(raw).find()) {
            for (String line : LINE_BREAK.split(raw)) {
                clauses.addAll(List.of(CLAUSE_BREAK.split(normalizer.normalize(line).text())));
            }
        } else {
            clauses.addAll(List.of(CLAUSE_BREAK.split(normalized)));
        }
        List<Category> found = new ArrayList<>();
        if (clauses.size() < 2) {
            return found;
        }
        for (String clause : clauses) {
            String c = clause.strip();
            if (c.length() < CLAUSE_MIN) {
                continue;
            }
            double[] p = models().categories().probabilities(
                    new TextModel.Features(TextModel.grams(c), categoryDense(models().rules().evidence(c))));
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            Category b = CATEGORIES[best];
            if (p[best] >= CLAUSE_SURE && b != primary && b != Category.OTHER && !found.contains(b)) {
                found.add(b);
            }
        }
        return found;
    }

    double[] emotionProbabilities(TextNormalizer.Normalized norm, String[] grams, Category primary) {
        return models().emotion().probabilities(
                new TextModel.Features(grams, emotionDense(models().emotions(), norm, primary)));
    }

    Models models() {
        return source.get();
    }

    /**
     * Probability of anger from which a message reads as angry; chosen on the held-out templates of the corpus
     * (EmotionSweep): the model trained on written messages under-reads the flat anger of real ones.
     */
    static final double ANGRY_FROM = 0.35;
    /** Probability of upset-or-angry from which a message reads as at least upset. */
    static final double UPSET_FROM = 0.5;

    /**
     * The levels are ordered (CALM < UPSET < ANGRY), so the reading is cumulative: angry when anger alone is
     * likely enough, else upset when upset-or-angry is; this keeps far misses (calm read as angry) rarer than the
     * most likely single level would.
     */
    static Emotion level(double[] pe) {
        return level(pe, ANGRY_FROM, UPSET_FROM);
    }

    static Emotion level(double[] pe, double angryFrom, double upsetFrom) {
        if (pe[Emotion.ANGRY.ordinal()] >= angryFrom) {
            return Emotion.ANGRY;
        }
        return pe[Emotion.UPSET.ordinal()] + pe[Emotion.ANGRY.ordinal()] >= upsetFrom ? Emotion.UPSET : Emotion.CALM;
    }
}
