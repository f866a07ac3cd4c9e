package com.afterdesk.scripts;

import com.afterdesk.common.UserException;
import java.util.List;

/** A script file that cannot be imported: every problem with its line, and nothing was imported. */
public final class ScriptFileException extends UserException {

    /** One problem in the file. */
    public record Problem(int line, String message) {
    }

    private final List<Problem> problems;

    public ScriptFileException(List<Problem> problems) {
        super("scripts.file.rejected", problems.size(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size() && i < 20; i++) {
            Problem p = problems.get(i);
            sb.append('\n').append(p.line() > 0 ? p.line() + ": " : "").append(p.message());
        }
        if (problems.size() > 20) {
            sb.append("\n…");
        }
        return sb.toString();
    }
}
