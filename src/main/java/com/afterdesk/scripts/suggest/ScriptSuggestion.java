package com.afterdesk.scripts.suggest;

import com.afterdesk.scripts.Script;

/**
 * A ranked script.
 *
 * @param script the script
 * @param score  how well it fits, in [0, 1]
 * @param reason why it is suggested, in a few words for a tooltip (e.g. "SOOTHE first: buyer is ANGRY")
 */
public record ScriptSuggestion(Script script, double score, String reason) {
}
