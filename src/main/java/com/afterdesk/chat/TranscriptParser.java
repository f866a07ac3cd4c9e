package com.afterdesk.chat;

import com.afterdesk.domain.Platform;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text chat exports AfterDesk accepts (UTF-8, or GB18030 as written by Chinese Windows tools).
 * Two kinds of message lines, which may be mixed:
 * <ul>
 *   <li>IM export: a line {@code NAME yyyy-MM-dd HH:mm[:ss]} followed by the message lines. {@code NAME} is the
 *       agent when it is listed in a {@code # 客服:} header or has the shop's sub-account form {@code 店铺:客服};
 *       otherwise the buyer.</li>
 *   <li>Bracketed: {@code [yyyy-MM-dd HH:mm[:ss]] 买家: text} or {@code 客服: text} (also 卖家 / 商家 / 顾客 /
 *       buyer / agent / seller, optionally with a name: {@code 买家(小雨): text}).</li>
 * </ul>
 * Lines after a message line that are not message lines continue that message. Header lines before the first
 * message: {@code # 平台: 淘宝}, {@code # 买家: 昵称}, {@code # 客服: 小王, 小李}; other {@code #} lines are
 * comments. Dates may use {@code /}. One buyer per file. The whole file is checked and every problem is
 * reported with its line; a file with any problem yields nothing.
 */
public final class TranscriptParser {

    private static final String DATE = "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})";
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?";
    private static final Pattern HEADER_LINE = Pattern.compile("^(\\S.*?)\\s+" + DATE + "\\s+" + TIME + "\\s*$");
    private static final Pattern BRACKET_LINE = Pattern.compile(
            "^\\[\\s*" + DATE + "\\s+" + TIME + "\\s*]\\s*([^:：(（\\s]{1,12})\\s*(?:[(（]([^)）]{1,40})[)）])?\\s*[:：]\\s?(.*)$");
    private static final Pattern META_LINE = Pattern.compile("^#\\s*([^:：]+?)\\s*[:：]\\s*(.*?)\\s*$");
    private static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
            Map.entry("买家", Role.BUYER), Map.entry("顾客", Role.BUYER), Map.entry("客户", Role.BUYER),
            Map.entry("buyer", Role.BUYER), Map.entry("customer", Role.BUYER),
            Map.entry("客服", Role.AGENT), Map.entry("卖家", Role.AGENT), Map.entry("商家", Role.AGENT),
            Map.entry("agent", Role.AGENT), Map.entry("seller", Role.AGENT));
    private static final Map<String, Platform> PLATFORM_NAMES = Map.of("淘宝", Platform.TAOBAO, "天猫", Platform.TMALL,
            "京东", Platform.JD, "拼多多", Platform.PDD, "抖店", Platform.DOUYIN, "抖音", Platform.DOUYIN,
            "其他", Platform.OTHER);
    /** More text than any real message: a sign of a wrong file rather than a chat. */
    static final int MAX_MESSAGE = 5_000;

    private final ZoneId zone;

    /** @param zone the time zone the export's local times are in */
    public TranscriptParser(ZoneId zone) {
        this.zone = zone;
    }

    /** Decodes the file's bytes (UTF-8 with or without BOM, else GB18030) and parses them. */
    public Transcript parse(String fileName, byte[] bytes) {
        return parse(fileName, decode(bytes));
    }

    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** Parses transcript text; throws {@link TranscriptException} listing every problem. */
    public Transcript parse(String fileName, String content) {
        List<TranscriptException.Problem> problems = new ArrayList<>();
        String[] lines = content.split("\\r\\n|\\r|\\n", -1);
        Optional<Platform> platform = Optional.empty();
        String declaredBuyer = null;
        Set<String> agents = new LinkedHashSet<>();
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i];
            String trimmed = line.strip();
            if (current == null && trimmed.startsWith("#")) {
                Matcher meta = META_LINE.matcher(trimmed);
                if (meta.matches()) {
                    String key = meta.group(1).toLowerCase(Locale.ROOT);
                    String value = meta.group(2);
                    switch (key) {
                        case "平台", "platform" -> {
                            Platform p = platform(value);
                            if (p == null) {
                                problems.add(new TranscriptException.Problem(no, "chat.import.unknownPlatform", value));
                            } else {
                                platform = Optional.of(p);
                            }
                        }
                        case "买家", "buyer" -> declaredBuyer = value.isBlank() ? null : value;
                        case "客服", "agent", "agents" -> {
                            for (String a : value.split("[,，、;；]")) {
                                if (!a.isBlank()) {
                                    agents.add(a.strip());
                                }
                            }
                        }
                        default -> { } // any other "# key: value" is a comment
                    }
                }
                continue;
            }
            Matcher bracket = BRACKET_LINE.matcher(trimmed);
            Matcher header = bracket.matches() ? null : HEADER_LINE.matcher(trimmed);
            if (bracket.matches()) {
                Instant at = instant(bracket, 1, no, problems);
                String word = bracket.group(7);
                Role role = ROLE_WORDS.get(word.toLowerCase(Locale.ROOT));
                if (role == null) {
                    problems.add(new TranscriptException.Problem(no, "chat.import.unknownSpeaker", word));
                }
                String name = bracket.group(8) == null ? null : bracket.group(8).strip();
                current = new Draft(no, role, name, at);
                current.text.append(bracket.group(9).strip());
                drafts.add(current);
            } else if (header != null && header.matches()) {
                Instant at = instant(header, 2, no, problems);
                String name = header.group(1).strip();
                Role role = agents.contains(name) || name.contains(":") || name.contains("：") ? Role.AGENT
                        : Role.BUYER;
                current = new Draft(no, role, name, at);
                drafts.add(current);
            } else if (current != null) {
                if (!trimmed.isEmpty() || current.text.length() > 0) {
                    if (current.text.length() > 0) {
                        current.text.append('\n');
                    }
                    current.text.append(line.stripTrailing());
                }
            } else if (!trimmed.isEmpty()) {
                problems.add(new TranscriptException.Problem(no, "chat.import.textBeforeFirstMessage",
                        abbreviate(trimmed)));
            }
        }
        List<Transcript.Entry> entries = new ArrayList<>();
        String buyer = declaredBuyer;
        int buyerLine = 0;
        Instant previous = null;
        int previousLine = 0;
        for (Draft d : drafts) {
            String text = d.text.toString().strip();
            if (text.isEmpty()) {
                problems.add(new TranscriptException.Problem(d.line, "chat.import.emptyMessage"));
            } else if (text.length() > MAX_MESSAGE) {
                problems.add(new TranscriptException.Problem(d.line, "chat.import.tooLong", MAX_MESSAGE));
            }
            if (d.role == Role.BUYER && d.name != null) {
                if (buyer == null) {
                    buyer = d.name;
                    buyerLine = d.line;
                } else if (!buyer.equals(d.name)) {
                    problems.add(new TranscriptException.Problem(d.line, "chat.import.secondBuyer", d.name, buyer,
                            buyerLine));
                }
            }
            if (d.at != null) {
                if (previous != null && d.at.isBefore(previous)) {
                    problems.add(new TranscriptException.Problem(d.line, "chat.import.timeGoesBack", previousLine));
                }
                previous = d.at;
                previousLine = d.line;
            }
            if (d.role != null && d.at != null) {
                entries.add(new Transcript.Entry(d.line, d.role, d.name, d.at, text));
            }
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new TranscriptException.Problem(0, "chat.import.noMessages"));
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new TranscriptException(fileName, problems);
        }
        return new Transcript(platform, Optional.ofNullable(buyer), entries);
    }

    private Instant instant(Matcher m, int first, int line, List<TranscriptException.Problem> problems) {
        String shown = m.group(first) + "-" + m.group(first + 1) + "-" + m.group(first + 2) + " "
                + m.group(first + 3) + ":" + m.group(first + 4) + (m.group(first + 5) == null ? ""
                : ":" + m.group(first + 5));
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(first)), Integer.parseInt(m.group(first + 1)),
                    Integer.parseInt(m.group(first + 2)));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(first + 3)), Integer.parseInt(m.group(first + 4)),
                    m.group(first + 5) == null ? 0 : Integer.parseInt(m.group(first + 5)));
            return LocalDateTime.of(date, time).atZone(zone).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            problems.add(new TranscriptException.Problem(line, "chat.import.badTime", shown));
            return null;
        }
    }

    private static Platform platform(String value) {
        Platform named = PLATFORM_NAMES.get(value.strip());
        if (named != null) {
            return named;
        }
        try {
            return Platform.fromId(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }

    private static final class Draft {
        final int line;
        final Role role;
        final String name;
        final Instant at;
        final StringBuilder text = new StringBuilder();

        Draft(int line, Role role, String name, Instant at) {
            this.line = line;
            this.role = role;
            this.name = name;
            this.at = at;
        }
    }
}
