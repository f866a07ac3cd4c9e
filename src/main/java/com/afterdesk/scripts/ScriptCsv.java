package com.afterdesk.scripts;

import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The script library as a CSV table (RFC 4180), for editing in Excel or WPS. Columns: {@link #COLUMNS}; the
 * first row names them (any order; only category, stage and text are required). platforms, emotions and tags
 * hold several values separated by commas (or 、 ; |). A blank id makes a new script on import.
 *
 * <p>Reading accepts UTF-8 with or without a byte-order mark and GBK/GB18030 (what Excel's plain "CSV" writes on
 * Chinese Windows). Writing produces UTF-8 with a byte-order mark and CRLF line ends, which Excel opens
 * correctly. Every problem is reported with the line its row starts on, and a file with any problem yields
 * nothing.
 */
public final class ScriptCsv {

    public static final List<String> COLUMNS = List.of("id", "category", "stage", "variant", "platforms",
            "emotions", "code", "tags", "title", "text");
    static final List<String> REQUIRED = List.of("category", "stage", "text");
    /** Separators of several values inside one cell. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；|｜]+|\\s+");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private ScriptCsv() {
    }

    /**
     * Reads and validates a CSV file's bytes, collecting problems rather than throwing. Scripts of rows with a
     * blank id have an empty id.
     */
    static ScriptJson.Parsed read(byte[] bytes) {
        List<ScriptFileException.Problem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (text == null) {
            return new ScriptJson.Parsed(List.of(), List.of(), problems);
        }
        List<Row> rows = parse(text, problems);
        List<Script> scripts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ScriptFileException.Problem(1, "scripts.csv.empty", String.join(",", COLUMNS)));
            }
            return new ScriptJson.Parsed(List.of(), List.of(), problems);
        }
        Map<String, Integer> header = header(rows.get(0), problems);
        if (header != null) {
            for (Row row : rows.subList(1, rows.size())) {
                if (row.cells.size() != header.size()) {
                    problems.add(new ScriptFileException.Problem(row.line, "scripts.csv.columns", row.cells.size(),
                            header.size()));
                    continue;
                }
                Script s = script(row, header, problems);
                if (s != null) {
                    scripts.add(s);
                    lines.add(row.line);
                }
            }
        }
        ScriptJson.checkUnique(scripts, lines, problems);
        return new ScriptJson.Parsed(scripts, lines, problems);
    }

    /** Writes the scripts as CSV (UTF-8 with byte-order mark, CRLF) that {@link #read} reads back unchanged. */
    public static void write(List<Script> scripts, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        appendRow(sb, COLUMNS);
        for (Script s : scripts) {
            appendRow(sb, List.of(s.id(), s.isGeneral() ? ScriptJson.GENERAL : s.category().name(), s.stage().name(),
                    s.variant().name(),
                    s.platforms().stream().sorted().map(Platform::id).collect(Collectors.joining(",")),
                    s.emotions().stream().sorted().map(Emotion::name).collect(Collectors.joining(",")),
                    s.code() == null ? "" : s.code(), String.join(",", s.tags()), s.title(), s.text()));
        }
        out.write(BOM);
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void appendRow(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
            if (quote) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    /** UTF-8 (with or without BOM) or GBK/GB18030; anything else is refused with what to do. */
    static String decode(byte[] bytes, List<ScriptFileException.Problem> problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new ScriptFileException.Problem(0, "scripts.csv.utf16"));
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        ByteBuffer body = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text = strict(StandardCharsets.UTF_8, body.duplicate());
        if (text == null && start == 0) {
            text = strict(GB18030, body.duplicate());
        }
        if (text == null) {
            problems.add(new ScriptFileException.Problem(0, "scripts.csv.encoding"));
        }
        return text;
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A record of the file and the line it starts on. */
    private record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    /** RFC 4180: fields separated by commas, quoted fields may hold commas, "" and line breaks. */
    static List<Row> parse(String text, List<ScriptFileException.Problem> problems) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean reportedAfterQuote = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                Row row = new Row(rowLine, List.copyOf(cells));
                if (!row.blank()) {
                    rows.add(row);
                }
                cells.clear();
                afterQuote = false;
                reportedAfterQuote = false;
                line++;
                rowLine = line;
            } else if (c == '"' && cell.length() == 0 && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (afterQuote) {
                if (!reportedAfterQuote) {
                    problems.add(new ScriptFileException.Problem(line, "scripts.csv.afterQuote"));
                    reportedAfterQuote = true;
                }
                cell.append(c);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(new ScriptFileException.Problem(quoteLine, "scripts.csv.unclosedQuote"));
            return rows;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            Row row = new Row(rowLine, List.copyOf(cells));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Column name to index, or null when the header has problems. */
    private static Map<String, Integer> header(Row row, List<ScriptFileException.Problem> problems) {
        Map<String, Integer> header = new HashMap<>();
        int before = problems.size();
        for (int i = 0; i < row.cells.size(); i++) {
            String name = row.cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new ScriptFileException.Problem(row.line, "scripts.csv.unknownColumn", row.cells.get(i),
                        String.join(",", COLUMNS)));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(new ScriptFileException.Problem(row.line, "scripts.csv.duplicateColumn", name));
            }
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                problems.add(new ScriptFileException.Problem(row.line, "scripts.csv.missingColumn", required));
            }
        }
        return problems.size() > before ? null : header;
    }

    /** Validates a row through the same rules as the JSON format. */
    private static Script script(Row row, Map<String, Integer> header, List<ScriptFileException.Problem> problems) {
        ObjectNode node = Json.mapper().createObjectNode();
        String id = cell(row, header, "id").strip();
        // a blank id means "new script": give the validator a stand-in and clear it afterwards
        String standIn = "\u0000row" + row.line;
        node.put("id", id.isEmpty() ? standIn : id);
        for (String field : List.of("category", "stage", "variant", "code", "title", "text")) {
            String v = cell(row, header, field);
            if (!v.isBlank() || field.equals("title") || field.equals("text")) {
                node.put(field, field.equals("text") || field.equals("title") ? v : v.strip());
            }
        }
        for (String field : List.of("platforms", "emotions", "tags")) {
            ArrayNode list = node.putArray(field);
            for (String v : LIST_SEPARATOR.split(cell(row, header, field).strip())) {
                if (!v.isEmpty()) {
                    list.add(v);
                }
            }
        }
        int before = problems.size();
        Script s = ScriptJson.parse(node, row.line, problems);
        for (int i = before; i < problems.size(); i++) {
            ScriptFileException.Problem p = problems.get(i);
            if (p.args().contains(standIn)) {
                problems.set(i, new ScriptFileException.Problem(p.line(), p.key(),
                        p.args().stream().map(a -> standIn.equals(a) ? "" : a).toList()));
            }
        }
        if (s == null || !id.isEmpty()) {
            return s;
        }
        return new Script("", s.category(), s.stage(), s.variant(), s.platforms(), s.emotions(), s.code(), s.tags(),
                s.title(), s.text());
    }

    private static String cell(Row row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null ? "" : row.cells.get(i);
    }
}
