package com.afterdesk.quality;

import com.afterdesk.common.UserException;
import java.util.List;

/** A quality rule file that cannot be used: every problem with its line. Nothing of the file is applied. */
public final class RuleFileException extends UserException {

    /** One problem in the file; line 0 when it concerns the file as a whole. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return (line > 0 ? line + ": " : "") + message;
        }
    }

    private final List<Problem> problems;

    public RuleFileException(String file, List<Problem> problems) {
        super("quality.rules.rejected", file, problems.size(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size() && i < 20; i++) {
            sb.append('\n').append(problems.get(i));
        }
        if (problems.size() > 20) {
            sb.append("\n…");
        }
        return sb.toString();
    }
}
