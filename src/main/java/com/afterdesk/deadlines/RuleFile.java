package com.afterdesk.deadlines;

import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule file format ({@code "format": "afterdesk-rules"}, one platform per file; presets in assets/rules/).
 * Reading validates the whole file and reports every problem with its line; a file with any problem is refused
 * as a whole, so the rules in force never change half-way.
 */
public final class RuleFile {

    public static final String FORMAT = "afterdesk-rules";

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "platform", "zone", "note", "rules",
            "overrides");
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "types", "shipped", "state", "kind",
            "actor", "duration", "afterDelivery", "onTimeout", "instant", "reference", "source", "effective",
            "confidence", "confidenceNote");
    private static final Set<String> WINDOW_FIELDS = Set.of("id", "from", "to", "extend", "pause", "note");

    private RuleFile() {
    }

    /** A JSON value with the line it started on. */
    private record Located(JsonNode node, int line) {
    }

    public static RuleSet read(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads and validates a rule file; throws {@link RuleFileException} listing every problem. */
    public static RuleSet read(InputStream in) {
        List<RuleFileException.Problem> problems = new ArrayList<>();
        List<Map<String, Located>> ruleObjects = new ArrayList<>();
        List<Integer> ruleLines = new ArrayList<>();
        List<Map<String, Located>> windowObjects = new ArrayList<>();
        List<Integer> windowLines = new ArrayList<>();
        Map<String, Located> top = new LinkedHashMap<>();
        try (JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RuleFileException(List.of(new RuleFileException.Problem(line(p),
                        "expected a JSON object with \"format\": \"" + FORMAT + "\", \"platform\" and \"rules\"")));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int fieldLine = line(p);
                JsonToken value = p.nextToken();
                if ((field.equals("rules") || field.equals("overrides")) && value == JsonToken.START_ARRAY) {
                    boolean rules = field.equals("rules");
                    top.put(field, new Located(null, fieldLine));
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        int at = line(p);
                        if (t != JsonToken.START_OBJECT) {
                            problems.add(new RuleFileException.Problem(at, "each entry of \"" + field
                                    + "\" must be an object"));
                            p.skipChildren();
                            continue;
                        }
                        (rules ? ruleObjects : windowObjects).add(readObject(p));
                        (rules ? ruleLines : windowLines).add(at);
                    }
                } else {
                    top.put(field, new Located(p.readValueAsTree(), fieldLine));
                }
            }
        } catch (RuleFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            int l = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleFileException(List.of(new RuleFileException.Problem(l, "not valid JSON: "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new RuleFileException(List.of(new RuleFileException.Problem(0, "cannot read the file: "
                    + e.getMessage())));
        }
        for (String f : top.keySet()) {
            if (!TOP_FIELDS.contains(f)) {
                problems.add(new RuleFileException.Problem(top.get(f).line(), "unknown field \"" + f + "\""));
            }
        }
        Located format = top.get("format");
        if (format == null) {
            problems.add(new RuleFileException.Problem(1, "missing \"format\": \"" + FORMAT + "\""));
        } else if (!FORMAT.equals(format.node().asText())) {
            problems.add(new RuleFileException.Problem(format.line(), "format must be \"" + FORMAT + "\""));
        }
        Platform platform = null;
        Located pl = top.get("platform");
        if (pl == null) {
            problems.add(new RuleFileException.Problem(1, "missing \"platform\" (taobao, tmall, jd, pdd, douyin, other)"));
        } else {
            try {
                platform = Platform.fromId(pl.node().asText());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleFileException.Problem(pl.line(), "unknown platform \"" + pl.node().asText()
                        + "\" (taobao, tmall, jd, pdd, douyin, other)"));
            }
        }
        ZoneId zone = Countdown.SHOP_ZONE;
        Located z = top.get("zone");
        if (z != null) {
            try {
                zone = ZoneId.of(z.node().asText());
            } catch (DateTimeException e) {
                problems.add(new RuleFileException.Problem(z.line(), "unknown time zone \"" + z.node().asText() + "\""));
            }
        }
        if (!top.containsKey("rules")) {
            problems.add(new RuleFileException.Problem(1, "missing \"rules\" list"));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ruleObjects.size(); i++) {
            Rule r = parseRule(ruleObjects.get(i), ruleLines.get(i), platform, problems);
            if (r != null) {
                if (!ids.add(r.id())) {
                    problems.add(new RuleFileException.Problem(r.line(), "rule id \"" + r.id() + "\" is used twice"));
                }
                rules.add(r);
            }
        }
        List<OverrideWindow> windows = new ArrayList<>();
        for (int i = 0; i < windowObjects.size(); i++) {
            OverrideWindow w = parseWindow(windowObjects.get(i), windowLines.get(i), problems);
            if (w != null) {
                windows.add(w);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return new RuleSet(platform, zone, rules, windows);
    }

    private static Map<String, Located> readObject(JsonParser p) throws IOException {
        Map<String, Located> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int l = line(p);
            p.nextToken();
            out.put(name, new Located(p.readValueAsTree(), l));
        }
        return out;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static Rule parseRule(Map<String, Located> f, int line, Platform platform,
                                  List<RuleFileException.Problem> problems) {
        int before = problems.size();
        for (var e : f.entrySet()) {
            if (!RULE_FIELDS.contains(e.getKey())) {
                problems.add(new RuleFileException.Problem(e.getValue().line(), "unknown field \"" + e.getKey() + "\""));
            }
        }
        String id = text(f, "id");
        if (id == null || id.isBlank()) {
            problems.add(new RuleFileException.Problem(line, "rule without \"id\""));
            id = "?";
        }
        String who = "rule " + id + ": ";
        boolean instant = bool(f, "instant", who, problems);
        boolean reference = bool(f, "reference", who, problems);
        boolean clock = !instant && !reference;
        CaseState state = enumField(f, "state", CaseState.class, clock, line, who, problems);
        ClockKind kind = enumField(f, "kind", ClockKind.class, clock, line, who, problems);
        Actor actor = enumField(f, "actor", Actor.class, clock, line, who, problems);
        TimeoutAction onTimeout = enumField(f, "onTimeout", TimeoutAction.class, clock, line, who, problems);
        Confidence confidence = enumField(f, "confidence", Confidence.class, true, line, who, problems);
        Duration duration = durationField(f, "duration", clock, line, who, problems);
        Duration afterDelivery = durationField(f, "afterDelivery", false, line, who, problems);
        Set<RequestType> types = EnumSet.noneOf(RequestType.class);
        Located t = f.get("types");
        if (t == null || !t.node().isArray() || t.node().isEmpty()) {
            if (clock || t != null) {
                problems.add(new RuleFileException.Problem(t == null ? line : t.line(), who
                        + "\"types\" must be a non-empty list of request types (REFUND_ONLY, RETURN_REFUND, ...)"));
            }
        } else {
            for (JsonNode v : t.node()) {
                try {
                    types.add(RequestType.valueOf(v.asText()));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleFileException.Problem(t.line(), who + "unknown request type \"" + v.asText()
                            + "\""));
                }
            }
        }
        Boolean shipped = null;
        Located s = f.get("shipped");
        if (s != null && !s.node().isNull()) {
            if (!s.node().isBoolean()) {
                problems.add(new RuleFileException.Problem(s.line(), who + "\"shipped\" must be true or false"));
            } else {
                shipped = s.node().booleanValue();
            }
        }
        String source = text(f, "source");
        if (source == null || source.isBlank()) {
            problems.add(new RuleFileException.Problem(line, who + "missing \"source\" (where the rule comes from)"));
        }
        LocalDate effective = null;
        Located eff = f.get("effective");
        if (eff == null) {
            problems.add(new RuleFileException.Problem(line, who + "missing \"effective\" date (YYYY-MM-DD)"));
        } else {
            try {
                effective = LocalDate.parse(eff.node().asText());
            } catch (DateTimeParseException e) {
                problems.add(new RuleFileException.Problem(eff.line(), who + "bad date \"" + eff.node().asText()
                        + "\" (expected YYYY-MM-DD)"));
            }
        }
        if (state != null && state.isFinal()) {
            problems.add(new RuleFileException.Problem(f.get("state").line(), who + "no clock can run in state "
                    + state));
        }
        if (afterDelivery != null && state != null && state != CaseState.RETURN_IN_TRANSIT) {
            problems.add(new RuleFileException.Problem(f.get("afterDelivery").line(), who
                    + "\"afterDelivery\" only applies to state RETURN_IN_TRANSIT"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Rule(id.trim(), platform, text(f, "title"), types, shipped, state, kind, actor, duration,
                afterDelivery, onTimeout == null ? TimeoutAction.NONE : onTimeout, instant, reference, source,
                effective, confidence, text(f, "confidenceNote"), line);
    }

    private static OverrideWindow parseWindow(Map<String, Located> f, int line, List<RuleFileException.Problem> problems) {
        int before = problems.size();
        for (var e : f.entrySet()) {
            if (!WINDOW_FIELDS.contains(e.getKey())) {
                problems.add(new RuleFileException.Problem(e.getValue().line(), "unknown field \"" + e.getKey() + "\""));
            }
        }
        String id = text(f, "id");
        if (id == null || id.isBlank()) {
            problems.add(new RuleFileException.Problem(line, "override window without \"id\""));
            id = "?";
        }
        String who = "override " + id + ": ";
        Instant from = instantField(f, "from", line, who, problems);
        Instant to = instantField(f, "to", line, who, problems);
        boolean pause = bool(f, "pause", who, problems);
        Duration extend = durationField(f, "extend", false, line, who, problems);
        if (!pause && extend == null && f.get("extend") == null) {
            problems.add(new RuleFileException.Problem(line, who + "needs \"extend\" (a duration) or \"pause\": true"));
        }
        if (pause && extend != null) {
            problems.add(new RuleFileException.Problem(line, who + "use either \"extend\" or \"pause\", not both"));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new RuleFileException.Problem(f.get("to").line(), who + "\"to\" must be after \"from\""));
        }
        if (problems.size() > before) {
            return null;
        }
        return new OverrideWindow(id.trim(), from, to, extend == null ? Duration.ZERO : extend, pause, text(f, "note"));
    }

    private static String text(Map<String, Located> f, String name) {
        Located l = f.get(name);
        return l == null || l.node().isNull() ? null : l.node().asText();
    }

    private static boolean bool(Map<String, Located> f, String name, String who, List<RuleFileException.Problem> problems) {
        Located l = f.get(name);
        if (l == null || l.node().isNull()) {
            return false;
        }
        if (!l.node().isBoolean()) {
            problems.add(new RuleFileException.Problem(l.line(), who + "\"" + name + "\" must be true or false"));
            return false;
        }
        return l.node().booleanValue();
    }

    private static <E extends Enum<E>> E enumField(Map<String, Located> f, String name, Class<E> type, boolean required,
                                                   int line, String who, List<RuleFileException.Problem> problems) {
        Located l = f.get(name);
        if (l == null || l.node().isNull()) {
            if (required) {
                problems.add(new RuleFileException.Problem(line, who + "missing \"" + name + "\""));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, l.node().asText().trim());
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E v : type.getEnumConstants()) {
                names.add(v.name());
            }
            problems.add(new RuleFileException.Problem(l.line(), who + "unknown " + name + " \"" + l.node().asText()
                    + "\" (one of " + String.join(", ", names) + ")"));
            return null;
        }
    }

    private static Duration durationField(Map<String, Located> f, String name, boolean required, int line, String who,
                                          List<RuleFileException.Problem> problems) {
        Located l = f.get(name);
        if (l == null || l.node().isNull()) {
            if (required) {
                problems.add(new RuleFileException.Problem(line, who + "missing \"" + name + "\" (e.g. PT24H or P2D)"));
            }
            return null;
        }
        Duration d = parseDuration(l.node().asText());
        if (d == null || d.isNegative() || d.isZero()) {
            problems.add(new RuleFileException.Problem(l.line(), who + "bad duration \"" + l.node().asText()
                    + "\" in \"" + name + "\" (ISO-8601, e.g. PT24H, PT72H or P2D)"));
            return null;
        }
        return d;
    }

    private static Instant instantField(Map<String, Located> f, String name, int line, String who,
                                        List<RuleFileException.Problem> problems) {
        Located l = f.get(name);
        if (l == null) {
            problems.add(new RuleFileException.Problem(line, who + "missing \"" + name + "\""));
            return null;
        }
        try {
            return OffsetDateTime.parse(l.node().asText()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new RuleFileException.Problem(l.line(), who + "bad time \"" + l.node().asText()
                    + "\" (expected e.g. 2026-02-14T00:00:00+08:00)"));
            return null;
        }
    }

    /** ISO-8601 durations: PT24H, P2D, P1DT12H; null when malformed. */
    public static Duration parseDuration(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Durations as written in files: hours up to 96 h (PT72H), whole days beyond (P7D), else PT..H..M. */
    public static String formatDuration(Duration d) {
        if (d.toSeconds() % 86_400 == 0 && d.toHours() > 96) {
            return "P" + d.toDays() + "D";
        }
        return d.toString();
    }

    /** Writes a rule file that {@link #read} reads back to the same rules. */
    public static void write(RuleSet set, OutputStream out) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("platform", set.platform().id());
        root.put("zone", set.zone().getId());
        ArrayNode list = root.putArray("rules");
        for (Rule r : set.rules()) {
            ObjectNode o = list.addObject();
            o.put("id", r.id());
            if (r.title() != null) {
                o.put("title", r.title());
            }
            if (!r.types().isEmpty()) {
                ArrayNode types = o.putArray("types");
                r.types().forEach(t -> types.add(t.name()));
            }
            if (r.shipped() != null) {
                o.put("shipped", r.shipped());
            }
            if (r.state() != null) {
                o.put("state", r.state().name());
            }
            if (r.kind() != null) {
                o.put("kind", r.kind().name());
            }
            if (r.actor() != null) {
                o.put("actor", r.actor().name());
            }
            if (r.duration() != null) {
                o.put("duration", formatDuration(r.duration()));
            }
            if (r.afterDelivery() != null) {
                o.put("afterDelivery", formatDuration(r.afterDelivery()));
            }
            o.put("onTimeout", r.onTimeout().name());
            if (r.instant()) {
                o.put("instant", true);
            }
            if (r.reference()) {
                o.put("reference", true);
            }
            o.put("source", r.source());
            o.put("effective", r.effective().toString());
            o.put("confidence", r.confidence().name());
            if (r.confidenceNote() != null) {
                o.put("confidenceNote", r.confidenceNote());
            }
        }
        ArrayNode windows = root.putArray("overrides");
        for (OverrideWindow w : set.overrides()) {
            ObjectNode o = windows.addObject();
            o.put("id", w.id());
            o.put("from", w.from().atZone(set.zone()).toOffsetDateTime().toString());
            o.put("to", w.to().atZone(set.zone()).toOffsetDateTime().toString());
            if (w.pause()) {
                o.put("pause", true);
            } else {
                o.put("extend", formatDuration(w.extend()));
            }
            if (w.note() != null) {
                o.put("note", w.note());
            }
        }
        Json.mapper().copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writerWithDefaultPrettyPrinter()
                .writeValue(out, root);
    }

    public static String toText(RuleSet set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(set, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
