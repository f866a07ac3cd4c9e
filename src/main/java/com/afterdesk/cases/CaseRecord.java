package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Outcome;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Remedy;
import java.time.Instant;
import java.util.Set;

/** One after-sales case (售后单) as stored. Money in fen. */
public record CaseRecord(long id, Platform platform, String shop, String orderNo, Long customerId, String buyerNick,
                         String product, String sku, long amountFen, long postageFen, RequestType type,
                         boolean shipped, Category category, Set<Category> secondaryCategories, Emotion emotion,
                         CaseState state, Instant openedAt, Instant updatedAt, String notes, Outcome outcome,
                         Remedy remedyOffered, Remedy remedyAccepted, boolean intervened, boolean demo) {
}
