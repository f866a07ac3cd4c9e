package com.afterdesk.scripts.suggest;

/**
 * Why the classifier decided what it did: a cue it found in the message ("碎了" for DAMAGED), for an explanation
 * tooltip. {@code section} is a category id or a helper concept (e.g. TRANSPORT); negated cues did not count.
 */
public record Cue(String section, String term, double weight, boolean negated) {
}
