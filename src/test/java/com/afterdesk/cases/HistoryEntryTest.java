package com.afterdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a category or emotion change in the history says, read back from what the service stores. */
class HistoryEntryTest {

    private static HistoryEntry entry(String event, String details) {
        return new HistoryEntry(1, 1, Instant.EPOCH, HistoryEntry.AGENT, event, details, null, null);
    }

    @Test
    void aCategoryChangeReadsBackPrimaryFirstThenTheSecondaryOnes() {
        String stored = HistoryEntry.categoryDetails(Category.DAMAGED,
                Set.of(Category.THREAT_EXTORTION, Category.QUALITY_DEFECT));
        assertThat(entry("CATEGORY", stored).categoriesChosen())
                .containsExactly(Category.DAMAGED, Category.QUALITY_DEFECT, Category.THREAT_EXTORTION);
        assertThat(entry("CATEGORY", HistoryEntry.categoryDetails(Category.INVOICE, Set.of())).categoriesChosen())
                .containsExactly(Category.INVOICE);
    }

    @Test
    void detailsThisVersionCannotReadAndOtherEntriesGiveNothing() {
        assertThat(entry("CATEGORY", "NO_SUCH_CATEGORY QUALITY_DEFECT").categoriesChosen()).isEmpty();
        assertThat(entry("CATEGORY", "DAMAGED NOPE").categoriesChosen()).isEmpty();
        assertThat(entry("NOTES", "DAMAGED").categoriesChosen()).isEmpty();
        assertThat(entry("EMOTION", "ANGRY").emotionChosen()).contains(Emotion.ANGRY);
        assertThat(entry("EMOTION", "null").emotionChosen()).isEmpty();
        assertThat(entry("CATEGORY", "ANGRY").emotionChosen()).isEmpty();
    }
}
