package com.afterdesk.scripts;

import java.time.Instant;

/**
 * How a script has been used in replies.
 *
 * @param timesUsed        how often it was sent
 * @param lastUsed         when it was last sent, or null if never
 * @param timesEdited      how often the agent changed the text before sending
 * @param averageEditRatio on those edits, the average share of the text changed (0..1)
 */
public record ScriptUsage(int timesUsed, Instant lastUsed, int timesEdited, double averageEditRatio) {

    public static final ScriptUsage NONE = new ScriptUsage(0, null, 0, 0);

    /** Share of the uses where the text was edited before sending (0..1). */
    public double editedShare() {
        return timesUsed == 0 ? 0 : (double) timesEdited / timesUsed;
    }
}
