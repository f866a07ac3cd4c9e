package com.afterdesk.chat;

import com.afterdesk.scripts.Placeholders;
import com.afterdesk.scripts.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply being written: inserting scripts at the caret (several can be stacked), expanding {@code /code}
 * short codes, finding the next unfilled placeholder, and remembering what was inserted so the edit ratio of
 * the sent text can be measured. Plain logic on strings and caret positions; the view applies the edits.
 */
public final class Composer {

    private static final Pattern CODE_BEFORE_CARET = Pattern.compile("(?:^|[\\s，。,.!?！？])(/[a-z0-9]{1,8})$");

    /** A change to apply to the text: the new text, and the range to select (caret when start == end). */
    public record Edit(String text, int selectStart, int selectEnd) {
    }

    private final List<Inserted> inserted = new ArrayList<>();

    /** A script as it was inserted (placeholders already filled where known). */
    public record Inserted(String scriptId, String text) {
    }

    /**
     * Inserts a script at the caret, filling known placeholders. The caret lands after it, or the first
     * placeholder left in it is selected so the agent can type over it.
     */
    public Edit insert(String text, int caret, Script script, Map<String, String> values) {
        caret = clamp(caret, text);
        String filled = Placeholders.fill(script.text(), values);
        String before = text.substring(0, caret);
        String after = text.substring(caret);
        String separator = before.isEmpty() || before.endsWith("\n") || before.endsWith(" ") ? "" : "\n";
        String piece = separator + filled;
        inserted.add(new Inserted(script.id(), filled));
        String result = before + piece + after;
        int start = before.length() + separator.length();
        List<Placeholders.Span> open = Placeholders.find(filled);
        if (!open.isEmpty()) {
            Placeholders.Span first = open.get(0);
            return new Edit(result, start + first.start(), start + first.end());
        }
        int end = start + filled.length();
        return new Edit(result, end, end);
    }

    /**
     * When the text before the caret ends with a short code such as {@code /ps} of a script, replaces the code
     * with the script. Empty when there is no code there or no script has it.
     */
    public Optional<Edit> expandCode(String text, int caret, java.util.function.Function<String, Optional<Script>> byCode,
                                     Map<String, String> values) {
        caret = clamp(caret, text);
        Matcher m = CODE_BEFORE_CARET.matcher(text.substring(0, caret));
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1);
        Optional<Script> script = byCode.apply(code);
        if (script.isEmpty()) {
            return Optional.empty();
        }
        int codeStart = caret - code.length();
        String without = text.substring(0, codeStart) + text.substring(caret);
        return Optional.of(insert(without, codeStart, script.get(), values));
    }

    /**
     * The next unfilled placeholder after the caret (wrapping to the first), as a selection; empty when none is
     * left.
     */
    public static Optional<Edit> nextPlaceholder(String text, int caret) {
        List<Placeholders.Span> spans = Placeholders.find(text);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        for (Placeholders.Span s : spans) {
            if (s.start() >= caret) {
                return Optional.of(new Edit(text, s.start(), s.end()));
            }
        }
        Placeholders.Span first = spans.get(0);
        return Optional.of(new Edit(text, first.start(), first.end()));
    }

    /** The scripts inserted since the last reset, in order. */
    public List<Inserted> inserted() {
        return List.copyOf(inserted);
    }

    /** The distinct ids of the inserted scripts, first inserted first. */
    public List<String> scriptIds() {
        return inserted.stream().map(Inserted::scriptId).distinct().toList();
    }

    /** How much the sent text differs from what was inserted (0 when nothing was inserted). */
    public double editRatio(String sent) {
        if (inserted.isEmpty()) {
            return 0;
        }
        String all = String.join("\n", inserted.stream().map(Inserted::text).toList());
        return EditRatio.of(all, sent.strip());
    }

    /** Forgets the inserted scripts (after sending, or when the agent clears the composer). */
    public void reset() {
        inserted.clear();
    }

    private static int clamp(int caret, String text) {
        return Math.max(0, Math.min(caret, text.length()));
    }
}
