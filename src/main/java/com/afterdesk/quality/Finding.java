package com.afterdesk.quality;

import java.util.Objects;

/**
 * One problem in a reply. {@code start}/{@code end} are char offsets into the reply (Java string indices) of the
 * offending text; {@code message} explains it in the user's language; {@code suggestion}, when not null, is the
 * compliant text to put in place of that span (an empty suggestion means: delete it).
 */
public record Finding(RuleId rule, Severity severity, int start, int end, String message, String suggestion) {

    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean blocks() {
        return severity == Severity.BLOCK;
    }

    public boolean hasSuggestion() {
        return suggestion != null;
    }
}
