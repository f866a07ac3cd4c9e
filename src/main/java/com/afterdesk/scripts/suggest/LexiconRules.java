package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rule half of the classifier: weighted concept cues written per category from the taxonomy's meaning
 * ({@code /suggest/lexicon-zh.txt}) are matched on normalised text, with negation, and the evidence is adjusted by
 * the precedence rules of categories.md: the primary category is the underlying problem, not the remedy asked for
 * ("碎了，我要退款" is DAMAGED); breakage is transport damage only with a transport or arrival context, else a
 * defect; a threat is secondary when the message also names a problem; OTHER is the baseline when nothing
 * after-sales is found. The evidence feeds the statistical model as features and is blended into its scores.
 * Immutable and thread-safe.
 */
final class LexiconRules {

    /** Rule evidence per category (indexed by ordinal), the cues found and whether the buyer is chasing. */
    record Evidence(double[] raw, List<Cue> cues, boolean chasing, boolean presale) {
    }

    private static final Category[] CATEGORIES = Category.values();
    /** Evidence OTHER gets for free: a message needs at least this much to be about something. */
    private static final double OTHER_BASE = 1.2;
    /** Softmax temperature: how sure the scores look for a given margin of evidence. */
    private static final double BETA = 0.9;
    /** Evidence of an underlying problem that demotes remedy cues and threats to secondary. */
    private static final double PROBLEM_PRESENT = 2.5;
    /** What is left of the after-sales evidence when the buyer says they have not bought yet. */
    private static final double PRESALE_FACTOR = 0.4;
    /** Evidence a further category needs to count as secondary: one strong cue. */
    static final double SECONDARY_EVIDENCE = 3.0;
    /** ... and at least this share of the primary's evidence. */
    static final double SECONDARY_RATIO = 0.35;
    /** Weight of each further cue of the same category relative to the previous one. */
    private static final double DECAY = 0.6;

    /** Categories that are an underlying problem (as opposed to the remedy, the process or a threat). */
    private static final Set<Category> PROBLEMS = EnumSet.of(Category.LOGISTICS_DELAY, Category.LOGISTICS_EXCEPTION,
            Category.SHIP_LATE, Category.DAMAGED, Category.QUALITY_DEFECT, Category.NOT_AS_DESCRIBED,
            Category.WRONG_MISSING, Category.USAGE_HELP, Category.COUNTERFEIT, Category.CHANGE_OF_MIND,
            Category.PRICE_PROMO, Category.INVOICE);

    /** The concept lexicon. */
    static final String RESOURCE = "/suggest/lexicon-zh.txt";

    private final CueLexicon lexicon;

    LexiconRules(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static LexiconRules load() {
        return new LexiconRules(CueLexicon.load(RESOURCE));
    }

    /** The rule evidence for one normalised message. */
    Evidence evidence(String normalized) {
        List<CueLexicon.Match> matches = lexicon.match(normalized);
        double[][] positive = new double[CATEGORIES.length][];
        int[] count = new int[CATEGORIES.length];
        double[] raw = new double[CATEGORIES.length];
        double[] remedy = new double[CATEGORIES.length];
        double phys = 0;
        double transport = 0;
        double arrival = 0;
        double chase = 0;
        boolean intact = false;
        boolean presale = false;
        boolean postsale = false;
        List<Cue> cues = new ArrayList<>(matches.size());
        for (CueLexicon.Match m : matches) {
            CueLexicon.Entry e = m.entry();
            cues.add(new Cue(e.section(), e.term(), e.weight(), m.negated()));
            if (m.negated()) {
                continue;
            }
            switch (e.section()) {
                case "PHYS" -> phys = Math.max(phys, e.weight());
                case "TRANSPORT" -> transport += e.weight();
                case "ARRIVAL" -> arrival += e.weight();
                case "CHASE" -> chase += e.weight();
                case "INTACT" -> intact = true;
                case "PRESALE" -> presale = true;
                case "POSTSALE" -> postsale = true;
                default -> {
                    int c = Category.valueOf(e.section()).ordinal();
                    if (e.remedy()) {
                        remedy[c] += e.weight();
                    } else if (e.weight() < 0) {
                        raw[c] += e.weight();
                    } else {
                        if (positive[c] == null) {
                            positive[c] = new double[8];
                        } else if (count[c] == positive[c].length) {
                            positive[c] = Arrays.copyOf(positive[c], count[c] * 2);
                        }
                        positive[c][count[c]++] = e.weight();
                    }
                }
            }
        }
        for (int c = 0; c < raw.length; c++) {
            raw[c] += diminishing(positive[c], count[c]);
        }
        if (intact) {
            transport = 0;
            raw[Category.DAMAGED.ordinal()] *= 0.5;
        }
        if (chase >= 2 && raw[Category.REFUND_PROGRESS.ordinal()] > 0) {
            raw[Category.REFUND_PROGRESS.ordinal()] += 1.5; // chasing money already on its way back
        }
        applyRules(raw, remedy, phys, transport, arrival);
        if (presale && !postsale) {
            // "还没买 / 买之前": a pre-sale question about shipping, sizes or policy is not an after-sales matter
            for (Category c : CATEGORIES) {
                if (c != Category.OTHER && c != Category.COUNTERFEIT && c != Category.THREAT_EXTORTION) {
                    raw[c.ordinal()] *= PRESALE_FACTOR;
                }
            }
            raw[Category.OTHER.ordinal()] += OTHER_BASE * 2;
        }
        return new Evidence(raw, cues, chase >= 2, presale && !postsale);
    }

    /** The precedence rules of categories.md, applied to the raw evidence. */
    private static void applyRules(double[] raw, double[] remedy, double phys, double transport, double arrival) {
        int damaged = Category.DAMAGED.ordinal();
        int defect = Category.QUALITY_DEFECT.ordinal();
        // breakage: transport damage with a transport context, a defect when the buyer cannot tell
        if (phys > 0) {
            if (transport >= 2) {
                raw[damaged] += phys;
            } else if (arrival > 0) {
                raw[damaged] += phys * 0.45;
                raw[defect] += phys * 0.55;
            } else {
                raw[defect] += phys;
            }
        }
        // a damaged parcel is not also a defect just because "坏" was said about it
        if (raw[damaged] >= 3 && transport >= 2) {
            raw[defect] *= 0.6;
        }
        double problem = 0;
        for (Category c : PROBLEMS) {
            problem = Math.max(problem, raw[c.ordinal()]);
        }
        // the remedy asked for is not the primary category when the underlying problem is named
        for (int c = 0; c < raw.length; c++) {
            if (problem < PROBLEM_PRESENT) {
                raw[c] += remedy[c];
            }
        }
        if (problem >= PROBLEM_PRESENT) {
            raw[Category.REFUND_PROGRESS.ordinal()] *= 0.8;
            raw[Category.RETURN_SHIPPING.ordinal()] *= 0.8;
        }
        // a threat is secondary unless the message is mostly the threat
        double other = 0;
        for (Category c : CATEGORIES) {
            if (c != Category.THREAT_EXTORTION && c != Category.OTHER) {
                other = Math.max(other, raw[c.ordinal()]);
            }
        }
        int threat = Category.THREAT_EXTORTION.ordinal();
        if (other >= PROBLEM_PRESENT && raw[threat] > 0) {
            raw[threat] = Math.min(raw[threat] * 0.6, other * 0.9);
        }
        // politeness and greetings only win when nothing else is said
        int o = Category.OTHER.ordinal();
        raw[o] = other >= 2 ? raw[o] * 0.3 + OTHER_BASE * 0.5 : raw[o] + OTHER_BASE;
    }

    /** Evidence of one category: the strongest cue fully, each further cue less, so piles of weak cues do not win. */
    static double diminishing(double[] weights, int n) {
        if (n == 0) {
            return 0;
        }
        Arrays.sort(weights, 0, n);
        double sum = 0;
        double factor = 1;
        for (int i = n - 1; i >= 0; i--) {
            sum += weights[i] * factor;
            factor *= DECAY;
        }
        return sum;
    }

    static double[] softmax(double[] raw) {
        double max = Arrays.stream(raw).max().orElse(0);
        double[] out = new double[raw.length];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            out[i] = Math.exp(BETA * (raw[i] - max));
            sum += out[i];
        }
        for (int i = 0; i < raw.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
