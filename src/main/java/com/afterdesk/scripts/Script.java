package com.afterdesk.scripts;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reply script (话术): text with placeholders, keyed by complaint category and conversation stage.
 *
 * @param id        stable id, e.g. {@code damaged-soothe-warm-1}
 * @param category  the complaint category, or {@code null} for a general script that fits any category
 * @param stage     the conversation stage it belongs to
 * @param variant   short / warm / formal wording
 * @param platforms the platforms it is written for; empty = all platforms
 * @param emotions  the buyer emotions it suits; empty = any
 * @param code      short code for typing ({@code /ps}), or {@code null}
 * @param tags      free tags
 * @param title     short title for lists
 * @param text      the reply, with placeholders such as {@code {买家}}
 */
public record Script(String id, Category category, Stage stage, Variant variant, Set<Platform> platforms,
                     Set<Emotion> emotions, String code, List<String> tags, String title, String text) {

    /** Wording styles of a script. */
    public enum Variant { SHORT, WARM, FORMAL }

    public Script {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(text, "text");
        platforms = Set.copyOf(platforms);
        emotions = Set.copyOf(emotions);
        tags = List.copyOf(tags);
        title = title == null ? "" : title;
    }

    /** True for a script that fits any category (greetings, generic soothing, closing). */
    public boolean isGeneral() {
        return category == null;
    }

    /** True when the script may be used on this platform. */
    public boolean fits(Platform platform) {
        return platforms.isEmpty() || platform == null || platforms.contains(platform);
    }
}
