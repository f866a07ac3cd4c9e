package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.Set;

/** One row of the case log; {@code head} is null when no clock runs. */
public record CaseLogRow(long caseId, Platform platform, String orderNo, String buyerNick, String product,
                         long amountFen, RequestType type, boolean shipped, Category category, Emotion emotion,
                         CaseState state, Instant openedAt, HeadClock head, Set<Category> secondaryCategories) {

    public CaseLogRow {
        secondaryCategories = secondaryCategories == null ? Set.of() : Set.copyOf(secondaryCategories);
    }

    /** DONE when no clock runs. */
    public Urgency urgency(UrgencyPolicy policy, Instant now) {
        return head == null ? Urgency.DONE : head.urgency(policy, now);
    }
}
