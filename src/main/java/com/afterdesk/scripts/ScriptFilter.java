package com.afterdesk.scripts;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Stage;

/**
 * What the script screen shows: a category (or the general scripts, or everything), optionally one stage,
 * and a search text.
 *
 * @param scope    which scripts by category
 * @param category the category when {@code scope} is {@link Scope#CATEGORY}
 * @param stage    one stage, or null for every stage
 * @param query    search text (blank = no search)
 */
public record ScriptFilter(Scope scope, Category category, Stage stage, String query) {

    /** Which scripts by category. */
    public enum Scope { ALL, GENERAL, CATEGORY }

    public ScriptFilter {
        if (scope == Scope.CATEGORY && category == null) {
            throw new IllegalArgumentException("category filter without a category");
        }
        if (scope != Scope.CATEGORY) {
            category = null;
        }
        query = query == null ? "" : query.strip();
    }

    public static ScriptFilter everything() {
        return new ScriptFilter(Scope.ALL, null, null, "");
    }

    public static ScriptFilter general() {
        return new ScriptFilter(Scope.GENERAL, null, null, "");
    }

    public static ScriptFilter of(Category category) {
        return category == null ? general() : new ScriptFilter(Scope.CATEGORY, category, null, "");
    }

    public ScriptFilter withStage(Stage s) {
        return new ScriptFilter(scope, category, s, query);
    }

    public ScriptFilter withQuery(String q) {
        return new ScriptFilter(scope, category, stage, q);
    }

    /** True when the script is in this filter's category and stage (the search text is not looked at). */
    public boolean contains(Script s) {
        boolean inScope = switch (scope) {
            case ALL -> true;
            case GENERAL -> s.isGeneral();
            case CATEGORY -> s.category() == category;
        };
        return inScope && (stage == null || s.stage() == stage);
    }
}
