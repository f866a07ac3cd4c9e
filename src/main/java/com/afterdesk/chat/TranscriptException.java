package com.afterdesk.chat;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import java.util.List;

/** A transcript that cannot be imported: every problem with its line. Nothing was imported. */
public final class TranscriptException extends UserException {

    /** One problem: the line (1-based, 0 for the whole file) and a message key with its arguments. */
    public record Problem(int line, String key, Object... args) {
        public String describe(Messages messages) {
            return messages.tr(key, args);
        }
    }

    private final transient List<Problem> problems;

    public TranscriptException(String file, List<Problem> problems) {
        super("chat.import.rejected", file, problems.size(), problems.isEmpty() ? 0 : problems.get(0).line());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The whole explanation: the summary and each problem on its own line. */
    public String describeAll(Messages messages) {
        StringBuilder sb = new StringBuilder(messages.describe(this));
        for (int i = 0; i < problems.size() && i < 20; i++) {
            Problem p = problems.get(i);
            sb.append('\n').append(messages.tr("chat.import.problemLine", p.line(), p.describe(messages)));
        }
        if (problems.size() > 20) {
            sb.append("\n…");
        }
        return sb.toString();
    }
}
