package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;

/** A category with the classifier's score for a message, in [0, 1]; the scores of one message sum to 1. */
public record CategoryScore(Category category, double score) {
}
