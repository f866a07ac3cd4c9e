package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks reply scripts for a buyer message: classifies it, decides which conversation stages fit (first reply:
 * soothe or ask; after evidence: resolve; chasing progress: follow up), scores the scripts of the likely
 * categories (general scripts as fallbacks) and puts a soothing script first when the buyer is upset or angry.
 * Platform-specific scripts are preferred on their platform and never shown for another one. Scripts the agent
 * chose before for similar messages rank higher ({@link ChoiceStore}). Thread-safe; the script index is rebuilt
 * only when the catalog's revision changes.
 */
public final class SuggestionEngine {

    /** Relative category score below which a category's scripts are not considered. */
    static final double MIN_RELATIVE = 0.15;
    /** How much a general script is worth compared with one of the top category. */
    static final double GENERAL_FIT = 0.45;
    /** Relative fit at least given to the scripts of a further matter the message raises (a secondary category). */
    static final double SECONDARY_FIT = 0.5;
    /** Weight of the learning boost (a boost of 1 adds this much to a score). */
    static final double LEARNING_WEIGHT = 0.6;
    /** Each further script of the same category and stage counts this much less, so the list stays varied. */
    static final double REPEAT_PENALTY = 0.85;

    private final ScriptCatalog catalog;
    private final Classifier classifier;
    private final ChoiceStore choices;
    private final TextNormalizer normalizer = new TextNormalizer();
    private volatile Index index;

    /** An engine without learning. */
    public SuggestionEngine(ScriptCatalog catalog, Classifier classifier) {
        this(catalog, classifier, null);
    }

    /** An engine that learns from the agent's choices stored in {@code choices} (may be null). */
    public SuggestionEngine(ScriptCatalog catalog, Classifier classifier, ChoiceStore choices) {
        this.catalog = catalog;
        this.classifier = classifier;
        this.choices = choices;
    }

    public Classifier classifier() {
        return classifier;
    }

    /**
     * The classifier's reading of a buyer message, with the emotion the agent gave a similar message when they
     * corrected it ({@link #correctEmotion}).
     */
    public Classification classify(String text) {
        return classify(text, normalizer.normalize(text).text());
    }

    private Classification classify(String text, String normalized) {
        Classification c = classifier.classify(text);
        return choices == null ? c : choices.correctedEmotion(normalized).map(c::withEmotion).orElse(c);
    }

    /** Remembers the agent's reading of a buyer's emotion; similar messages read that way from now on. */
    public void correctEmotion(String text, Emotion emotion) {
        if (choices != null && text != null && !text.isBlank()) {
            choices.recordEmotion(text, emotion);
        }
    }

    /** Scripts by category (null key = general) and stage, for one catalog revision. */
    private record Index(long revision, Map<Category, Map<Stage, List<Script>>> byCategory,
                         Map<Stage, List<Script>> general, Map<String, Script> byId, Map<String, Set<Claim>> claims) {
    }

    private Index index() {
        long rev = catalog.revision();
        Index idx = index;
        if (idx == null || idx.revision() != rev) {
            Map<Category, Map<Stage, List<Script>>> byCategory = new EnumMap<>(Category.class);
            Map<Stage, List<Script>> general = new EnumMap<>(Stage.class);
            Map<String, Script> byId = new HashMap<>();
            Map<String, Set<Claim>> claims = new HashMap<>();
            for (Script s : catalog.all()) {
                byId.put(s.id(), s);
                Set<Claim> c = Claim.in(s.text());
                if (!c.isEmpty()) {
                    claims.put(s.id(), c);
                }
                Map<Stage, List<Script>> m = s.isGeneral() ? general
                        : byCategory.computeIfAbsent(s.category(), k -> new EnumMap<>(Stage.class));
                m.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s);
            }
            idx = new Index(rev, byCategory, general, byId, claims);
            index = idx;
        }
        return idx;
    }

    /** Classifies the message and ranks the scripts for it. */
    public Suggestions suggest(SuggestionRequest request) {
        String normalized = normalizer.normalize(request.text()).text();
        Classification c = classify(request.text(), normalized);
        Map<Stage, Double> plan = Acknowledgement.isClosing(request.text()) && !c.emotion().needsSoothing()
                ? closingPlan() : stagePlan(c, request.context());
        Index idx = index();
        Map<String, Double> boosts = choices == null ? Map.of()
                : choices.boosts(normalized);
        double top = c.categories().get(0).score();

        Map<Script, double[]> scored = new LinkedHashMap<>();
        Map<Script, String> reasons = new HashMap<>();
        for (CategoryScore cs : c.categories()) {
            double fit = cs.score() / top;
            if (fit < MIN_RELATIVE) {
                break;
            }
            Map<Stage, List<Script>> stages = idx.byCategory().get(cs.category());
            if (stages != null) {
                addCandidates(stages, plan, fit, c.emotion(), request, idx, scored, reasons, cs.category().name());
            }
        }
        // a further matter the buyer raised in the same message ("快递慢就算了，杯子还是碎的") is answered too
        for (Category extra : c.secondary()) {
            Map<Stage, List<Script>> stages = idx.byCategory().get(extra);
            if (stages != null && c.score(extra) / top < SECONDARY_FIT) {
                addCandidates(stages, plan, SECONDARY_FIT, c.emotion(), request, idx, scored, reasons,
                        extra.name() + " (also raised)");
            }
        }
        addCandidates(idx.general(), plan, GENERAL_FIT, c.emotion(), request, idx, scored, reasons, "GENERAL");
        // scripts the agent chose for similar messages, even outside the planned stages
        for (Map.Entry<String, Double> b : boosts.entrySet()) {
            Script s = idx.byId().get(b.getKey());
            if (s == null || !allowed(s, request.platform()) || !truthful(s, idx, request.context())) {
                continue;
            }
            boolean related = s.isGeneral() || c.score(s.category()) / top >= MIN_RELATIVE * 2 || b.getValue() >= 0.6;
            if (!related) {
                continue;
            }
            double[] score = scored.computeIfAbsent(s, k -> new double[] {0.3 * GENERAL_FIT});
            score[0] += LEARNING_WEIGHT * b.getValue();
            reasons.merge(s, "chosen before for a similar message", (a, x) -> a + "; " + x);
        }

        List<Map.Entry<Script, double[]>> ranked = new ArrayList<>(scored.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<Script, double[]> e) -> -e.getValue()[0])
                .thenComparing(e -> e.getKey().id()));
        // keep the list varied: further scripts of the same category and stage count less
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Script, double[]> e : ranked) {
            String key = e.getKey().category() + "/" + e.getKey().stage();
            int n = seen.merge(key, 1, Integer::sum) - 1;
            e.getValue()[0] *= Math.pow(REPEAT_PENALTY, n);
        }
        ranked.sort(Comparator.comparingDouble((Map.Entry<Script, double[]> e) -> -e.getValue()[0])
                .thenComparing(e -> e.getKey().id()));

        List<ScriptSuggestion> out = new ArrayList<>(request.top());
        if (c.emotion().needsSoothing()) {
            // 先处理情绪再解决问题: the first suggestion soothes, for the top category if the library has one
            Map.Entry<Script, double[]> soothe = null;
            for (Map.Entry<Script, double[]> e : ranked) {
                if (e.getKey().stage() == Stage.SOOTHE && (soothe == null
                        || (soothe.getKey().isGeneral() && e.getKey().category() == c.primary()))) {
                    soothe = e;
                    if (e.getKey().category() == c.primary()) {
                        break;
                    }
                }
            }
            if (soothe != null) {
                ranked.remove(soothe);
                out.add(new ScriptSuggestion(soothe.getKey(), clamp(soothe.getValue()[0]),
                        "SOOTHE first: buyer is " + c.emotion() + "; " + reasons.get(soothe.getKey())));
            }
        }
        for (Map.Entry<Script, double[]> e : ranked) {
            if (out.size() >= request.top()) {
                break;
            }
            out.add(new ScriptSuggestion(e.getKey(), clamp(e.getValue()[0]), reasons.get(e.getKey())));
        }
        coverSecondary(c, request.top(), ranked, reasons, out);
        List<Stage> stages = new ArrayList<>(plan.keySet());
        stages.sort(Comparator.comparingDouble((Stage s) -> -plan.get(s)));
        return new Suggestions(c, stages, out);
    }

    /**
     * With room for three or more suggestions, the list answers the first further matter of the message too: when
     * none of its scripts made the list, the best of them takes the last place.
     */
    private static void coverSecondary(Classification c, int top, List<Map.Entry<Script, double[]>> ranked,
                                       Map<Script, String> reasons, List<ScriptSuggestion> out) {
        if (top < 3 || out.size() < 3 || c.secondary().isEmpty()) {
            return;
        }
        Category extra = c.secondary().get(0);
        if (out.stream().anyMatch(x -> x.script().category() == extra)) {
            return;
        }
        for (Map.Entry<Script, double[]> e : ranked) {
            if (e.getKey().category() == extra) {
                out.set(out.size() - 1, new ScriptSuggestion(e.getKey(), clamp(e.getValue()[0]),
                        reasons.get(e.getKey())));
                return;
            }
        }
    }

    /**
     * Records that the agent used this script for this message, so it ranks higher next time for similar
     * messages. Does nothing without a choice store or for a script that is not in the library.
     */
    public void recordChoice(String message, String scriptId) {
        if (choices == null) {
            return;
        }
        Script s = index().byId().get(scriptId);
        if (s == null) {
            return;
        }
        Category category = s.isGeneral() ? classifier.classify(message).primary() : s.category();
        choices.record(message, scriptId, category);
    }

    private void addCandidates(Map<Stage, List<Script>> stages, Map<Stage, Double> plan, double fit,
                               Emotion emotion, SuggestionRequest request, Index idx, Map<Script, double[]> scored,
                               Map<Script, String> reasons, String label) {
        Platform platform = request.platform();
        for (Map.Entry<Stage, Double> p : plan.entrySet()) {
            List<Script> list = stages.get(p.getKey());
            if (list == null) {
                continue;
            }
            for (Script s : list) {
                if (!allowed(s, platform) || !truthful(s, idx, request.context())) {
                    continue;
                }
                double score = fit * p.getValue() * emotionFit(s, emotion);
                if (!s.platforms().isEmpty()) {
                    score *= 1.15; // written for this very platform
                }
                double[] prev = scored.get(s);
                if (prev == null || prev[0] < score) {
                    scored.put(s, new double[] {score});
                    reasons.put(s, label + " · " + p.getKey() + (s.platforms().isEmpty() ? "" : " · " + platform.id()));
                }
            }
        }
    }

    /**
     * Tag of scripts written for a buyer who stopped answering (a nudge or a polite close). Suggestions always
     * answer a buyer's message, so these are never suggested; the agent finds them by search or short code.
     */
    public static final String BUYER_SILENT_TAG = "买家未回复";

    /** False for a script that states a fact (退款已办好, 补发已发出…) the conversation's case does not show. */
    private static boolean truthful(Script s, Index idx, ConversationContext context) {
        Set<Claim> c = idx.claims().get(s.id());
        return c == null || context.allows(c);
    }

    /**
     * Platform-specific scripts only on their platform; with an unknown platform only the general ones; never a
     * script meant for a buyer who is not answering.
     */
    private static boolean allowed(Script s, Platform platform) {
        if (s.tags().contains(BUYER_SILENT_TAG)) {
            return false;
        }
        return s.platforms().isEmpty() || (platform != null && s.platforms().contains(platform));
    }

    private static double emotionFit(Script s, Emotion emotion) {
        if (s.emotions().isEmpty()) {
            return 1.0;
        }
        return s.emotions().contains(emotion) ? 1.05 : 0.55;
    }

    private static final Set<Category> NO_EVIDENCE_NEEDED = EnumSet.of(Category.USAGE_HELP, Category.INVOICE,
            Category.PRICE_PROMO, Category.RETURN_SHIPPING, Category.CHANGE_OF_MIND, Category.OTHER,
            Category.SHIP_LATE, Category.REFUND_PROGRESS, Category.LOGISTICS_DELAY);

    /** The buyer only thanked or said OK: close politely, or offer a last follow-up. */
    static Map<Stage, Double> closingPlan() {
        Map<Stage, Double> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.CLOSE, 1.0);
        plan.put(Stage.FOLLOW_UP, 0.5);
        return plan;
    }

    /** Which stages fit, with a weight each (the stage flow 听 → 问 → 执行, apology first). */
    static Map<Stage, Double> stagePlan(Classification c, ConversationContext ctx) {
        Map<Stage, Double> plan = new EnumMap<>(Stage.class);
        boolean upset = c.emotion().needsSoothing();
        if (ctx.evidenceReceived()) {
            plan.put(Stage.RESOLVE, 1.0);
            plan.put(Stage.EXPLAIN, 0.6);
            plan.put(Stage.FOLLOW_UP, 0.45);
        } else if (c.chasing() && !ctx.firstReply()) {
            plan.put(Stage.FOLLOW_UP, 1.0);
            plan.put(Stage.RESOLVE, 0.6);
            plan.put(Stage.EXPLAIN, 0.5);
        } else if (ctx.firstReply() || ctx.previousStage() == null) {
            plan.put(Stage.SOOTHE, upset ? 1.0 : 0.8);
            plan.put(Stage.ASK, upset ? 0.9 : 0.95);
            boolean simple = NO_EVIDENCE_NEEDED.contains(c.primary());
            plan.put(Stage.EXPLAIN, simple ? 0.9 : 0.6);
            if (simple) {
                plan.put(Stage.RESOLVE, 0.7);
            }
            if (c.chasing()) {
                plan.put(Stage.FOLLOW_UP, 0.85);
            }
        } else if (ctx.evidenceRequested()) {
            plan.put(Stage.ASK, 0.8);
            plan.put(Stage.EXPLAIN, 0.7);
            plan.put(Stage.FOLLOW_UP, 0.6);
        } else {
            switch (ctx.previousStage()) {
                case SOOTHE -> {
                    plan.put(Stage.ASK, 1.0);
                    plan.put(Stage.EXPLAIN, 0.7);
                }
                case ASK -> {
                    plan.put(Stage.EXPLAIN, 0.9);
                    plan.put(Stage.RESOLVE, 0.85);
                }
                case EXPLAIN -> {
                    plan.put(Stage.RESOLVE, 1.0);
                    plan.put(Stage.EXPLAIN, 0.6);
                }
                case RESOLVE -> {
                    plan.put(Stage.FOLLOW_UP, 0.9);
                    plan.put(Stage.CLOSE, 0.8);
                    plan.put(Stage.RESOLVE, 0.6);
                }
                case FOLLOW_UP -> {
                    plan.put(Stage.FOLLOW_UP, 0.9);
                    plan.put(Stage.CLOSE, 0.8);
                }
                case CLOSE -> plan.put(Stage.CLOSE, 1.0);
                case ESCALATE -> {
                    plan.put(Stage.ESCALATE, 0.9);
                    plan.put(Stage.FOLLOW_UP, 0.8);
                }
                default -> plan.put(Stage.ASK, 1.0);
            }
            if (upset) {
                plan.merge(Stage.SOOTHE, 0.7, Math::max);
            }
        }
        if (c.primary() == Category.THREAT_EXTORTION || c.secondary().contains(Category.THREAT_EXTORTION)) {
            plan.merge(Stage.ESCALATE, c.emotion() == Emotion.ANGRY ? 0.75 : 0.5, Math::max);
        }
        if (upset) {
            // whatever step the conversation is at, an upset buyer is soothed first (先处理情绪再解决问题)
            plan.merge(Stage.SOOTHE, 0.7, Math::max);
        }
        return plan;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
