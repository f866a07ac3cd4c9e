package com.afterdesk.deadlines;

import com.afterdesk.common.UserException;
import java.util.List;

/** A rule file that cannot be used: every problem with its line. The rules in force are unchanged. */
public final class RuleFileException extends UserException {

    /** One problem in the file. */
    public record Problem(int line, String message) {
    }

    private final List<Problem> problems;

    public RuleFileException(List<Problem> problems) {
        super("deadlines.rules.rejected", problems.size(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size() && i < 30; i++) {
            Problem p = problems.get(i);
            sb.append('\n').append(p.line() > 0 ? "line " + p.line() + ": " : "").append(p.message());
        }
        if (problems.size() > 30) {
            sb.append("\n…");
        }
        return sb.toString();
    }
}
