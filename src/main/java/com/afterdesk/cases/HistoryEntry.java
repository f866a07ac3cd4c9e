package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseState;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a case's append-only history.
 *
 * @param actor   who: {@code agent}, {@code cli} or {@code system}
 * @param event   what: a {@link com.afterdesk.deadlines.CaseEvent} name or an edit such as {@code CREATED},
 *                {@code PLATFORM_DUE}, {@code PAUSED}, {@code NOTES}, {@code EVIDENCE_CHECKED}...
 * @param details machine-readable details (clock changes, values)
 */
public record HistoryEntry(long id, long caseId, Instant at, String actor, String event, String details,
                           CaseState fromState, CaseState toState) {

    public static final String AGENT = "agent";
    public static final String CLI = "cli";
    public static final String SYSTEM = "system";

    /** What a CATEGORY entry stores: the primary category, a space, the secondary ones ("DAMAGED QUALITY_DEFECT,SHIP_LATE"). */
    static String categoryDetails(Category primary, Set<Category> secondary) {
        return primary + " " + CaseRepository.joinCategories(secondary);
    }

    /**
     * The categories a CATEGORY entry set, the primary first; empty for other entries and for details this version
     * cannot read.
     */
    public List<Category> categoriesChosen() {
        if (!"CATEGORY".equals(event) || details == null || details.isBlank()) {
            return List.of();
        }
        String[] parts = details.strip().split(" ", 2);
        try {
            List<Category> out = new ArrayList<>();
            out.add(Category.valueOf(parts[0]));
            if (parts.length == 2) {
                out.addAll(CaseRepository.splitCategories(parts[1]));
            }
            return out;
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The emotion an EMOTION entry set; empty for other entries, a cleared emotion and unreadable details. */
    public Optional<Emotion> emotionChosen() {
        if (!"EMOTION".equals(event) || details == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Emotion.valueOf(details.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
