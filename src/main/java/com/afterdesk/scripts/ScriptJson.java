package com.afterdesk.scripts;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The script library file format ({@code "format": "afterdesk-scripts"}, see assets/scripts/default-library.json).
 * Reading validates the whole file and reports every problem with its line; a file with any problem yields no
 * scripts at all, so an import is all or nothing.
 */
public final class ScriptJson {

    public static final String FORMAT = "afterdesk-scripts";
    /** Category value of scripts that fit any category. */
    public static final String GENERAL = "GENERAL";
    static final Pattern CODE = Pattern.compile("/[a-z0-9]{1,8}");
    static final int MAX_TEXT = 1000;

    private ScriptJson() {
    }

    /** Reads and validates a library file. */
    public static List<Script> read(InputStream in) {
        Parsed parsed = parse(in);
        if (!parsed.problems().isEmpty()) {
            throw new ScriptFileException(parsed.problems());
        }
        return parsed.scripts();
    }

    /** Scripts read from a file, each with the line it starts on, and the problems found (empty = valid). */
    record Parsed(List<Script> scripts, List<Integer> lines, List<ScriptFileException.Problem> problems) {
    }

    /** Reads and validates a library file, keeping each script's line for later checks; does not throw. */
    static Parsed parse(InputStream in) {
        List<ScriptFileException.Problem> problems = new ArrayList<>();
        List<Script> scripts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Parsed(List.of(), List.of(), List.of(new ScriptFileException.Problem(line(p),
                        "scripts.file.notObject", FORMAT)));
            }
            boolean formatSeen = false;
            boolean scriptsSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> {
                        formatSeen = true;
                        if (!FORMAT.equals(p.getValueAsString())) {
                            problems.add(new ScriptFileException.Problem(line(p), "scripts.file.format", FORMAT));
                        }
                    }
                    case "scripts" -> {
                        scriptsSeen = true;
                        if (value != JsonToken.START_ARRAY) {
                            problems.add(new ScriptFileException.Problem(line(p), "scripts.file.notList"));
                            p.skipChildren();
                            break;
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int line = line(p);
                            JsonNode node = p.readValueAsTree();
                            Script s = parse(node, line, problems);
                            if (s != null) {
                                scripts.add(s);
                                lines.add(line);
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!formatSeen) {
                problems.add(new ScriptFileException.Problem(1, "scripts.file.missingFormat", FORMAT));
            }
            if (!scriptsSeen) {
                problems.add(new ScriptFileException.Problem(1, "scripts.file.missingScripts"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ScriptFileException.Problem(line, "scripts.file.badJson", e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new ScriptFileException.Problem(0, "scripts.file.unreadable", e.getMessage()));
        }
        checkUnique(scripts, lines, problems);
        return new Parsed(scripts, lines, problems);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** Reads one script object, adding its problems (with {@code line}); null when it has any. */
    static Script parse(JsonNode n, int line, List<ScriptFileException.Problem> problems) {
        int before = problems.size();
        String id = text(n, "id");
        if (id == null || id.isBlank()) {
            problems.add(new ScriptFileException.Problem(line, "scripts.file.noId"));
        }
        String categoryText = text(n, "category");
        Category category = null;
        if (categoryText == null) {
            problems.add(new ScriptFileException.Problem(line, "scripts.file.missing", id, "category"));
        } else if (!GENERAL.equals(categoryText)) {
            try {
                category = Category.valueOf(categoryText);
            } catch (IllegalArgumentException e) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.unknown", id, "category",
                        categoryText));
            }
        }
        Stage stage = enumValue(Stage.class, text(n, "stage"), "stage", id, line, problems, true);
        Script.Variant variant = enumValue(Script.Variant.class, text(n, "variant") == null ? "WARM" : text(n, "variant"),
                "variant", id, line, problems, true);
        Set<Platform> platforms = new LinkedHashSet<>();
        for (JsonNode v : n.path("platforms")) {
            try {
                platforms.add(Platform.fromId(v.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.unknown", id, "platform",
                        v.asText()));
            }
        }
        Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
        for (JsonNode v : n.path("emotions")) {
            Emotion e = enumValue(Emotion.class, v.asText(), "emotion", id, line, problems, true);
            if (e != null) {
                emotions.add(e);
            }
        }
        String code = text(n, "code");
        if (code != null && !code.isBlank()) {
            code = code.trim().toLowerCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.codeFormat", id, code));
            }
        } else {
            code = null;
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode v : n.path("tags")) {
            if (!v.asText().isBlank()) {
                tags.add(v.asText().trim());
            }
        }
        String text = text(n, "text");
        if (text == null || text.isBlank()) {
            problems.add(new ScriptFileException.Problem(line, "scripts.file.emptyText", id));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new ScriptFileException.Problem(line, "scripts.file.textTooLong", id, MAX_TEXT));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Script(id.trim(), category, stage, variant, platforms, emotions, code, tags, text(n, "title"),
                text.strip());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what, String id, int line,
                                                   List<ScriptFileException.Problem> problems, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.missing", id, what));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ScriptFileException.Problem(line, "scripts.file.unknown", id, what, value));
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Ids and short codes must be unique in a file: each repeat is reported on its line. */
    static void checkUnique(List<Script> scripts, List<Integer> lines, List<ScriptFileException.Problem> problems) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < scripts.size(); i++) {
            Script s = scripts.get(i);
            int line = lines.get(i);
            Integer first = s.id().isEmpty() ? null : ids.putIfAbsent(s.id(), line);
            if (first != null) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.duplicateId", s.id(), first));
            }
            first = s.code() == null ? null : codes.putIfAbsent(s.code(), line);
            if (first != null) {
                problems.add(new ScriptFileException.Problem(line, "scripts.file.duplicateCode", s.code(), first));
            }
        }
    }

    /** Writes a library file that {@link #read} reads back to the same scripts. */
    public static void write(List<Script> scripts, OutputStream out) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("language", "zh-CN");
        ArrayNode list = root.putArray("scripts");
        for (Script s : scripts) {
            node(s, list.addObject());
        }
        Json.mapper().copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writerWithDefaultPrettyPrinter()
                .writeValue(out, root);
    }

    /** Writes one script's fields into {@code o} (the file format of one entry). */
    static ObjectNode node(Script s, ObjectNode o) {
        o.put("id", s.id());
        o.put("category", s.isGeneral() ? GENERAL : s.category().name());
        o.put("stage", s.stage().name());
        o.put("variant", s.variant().name());
        ArrayNode pl = o.putArray("platforms");
        s.platforms().stream().sorted().forEach(p -> pl.add(p.id()));
        ArrayNode em = o.putArray("emotions");
        s.emotions().stream().sorted().forEach(e -> em.add(e.name()));
        if (s.code() != null) {
            o.put("code", s.code());
        }
        ArrayNode tags = o.putArray("tags");
        s.tags().forEach(tags::add);
        o.put("title", s.title());
        o.put("text", s.text());
        return o;
    }
}
