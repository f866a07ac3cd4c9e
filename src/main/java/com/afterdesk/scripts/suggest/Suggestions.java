package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Stage;
import java.util.List;

/**
 * The engine's answer: what the message is about and the scripts to reply with, best first.
 *
 * @param classification categories, emotion and cues of the buyer message
 * @param stages         the conversation stages the engine looked for, most fitting first
 * @param scripts        the ranked scripts
 */
public record Suggestions(Classification classification, List<Stage> stages, List<ScriptSuggestion> scripts) {

    public Suggestions {
        stages = List.copyOf(stages);
        scripts = List.copyOf(scripts);
    }
}
