package com.afterdesk.scripts;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Category;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SqlWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The reply-script library (话术库) of a data folder: browse, search, edit with undo, short codes, usage
 * statistics, import and export. Seeded once from the default library shipped in the jar.
 *
 * <p>Reads are served from an in-memory {@link ScriptIndex} that is rebuilt only when the library changed
 * (here or in another process such as the command line), so {@link #all()} and searches are cheap.
 * Every change is one transaction and is recorded for undo (the last {@value #UNDO_LIMIT} changes).
 */
public final class ScriptLibrary implements ScriptCatalog {

    /** The default library on the class path (assets/ is packaged under /assets). */
    public static final String DEFAULT_LIBRARY = "/assets/scripts/default-library.json";
    /** How many changes can be undone. */
    public static final int UNDO_LIMIT = 50;
    public static final int MAX_TEXT = ScriptJson.MAX_TEXT;

    private record Snapshot(ScriptIndex index, long dbRevision, long dataVersion, long revision) {
    }

    private final Database db;
    private final Clock clock;
    private final Supplier<InputStream> defaults;
    private final ScriptRepository repo = new ScriptRepository();
    private final AtomicLong revisions = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile boolean seeded;

    public ScriptLibrary(Database db, Clock clock) {
        this(db, clock, () -> ScriptLibrary.class.getResourceAsStream(DEFAULT_LIBRARY));
    }

    /** A library seeded from another default file (tests). */
    public ScriptLibrary(Database db, Clock clock, Supplier<InputStream> defaults) {
        this.db = db;
        this.clock = clock;
        this.defaults = defaults;
    }

    // Reading

    @Override
    public List<Script> all() {
        return index().all();
    }

    @Override
    public long revision() {
        index();
        return snapshot.revision();
    }

    public Optional<Script> byId(String id) {
        return id == null ? Optional.empty() : index().byId(id);
    }

    /** The script with this short code; accepts {@code /ps}, {@code ps} and full-width {@code ／ｐｓ}. */
    public Optional<Script> byCode(String code) {
        String c = normalizeCode(code);
        return c == null ? Optional.empty() : index().byCode(c);
    }

    /** Scripts in the filter's category and stage matching its search text, best match first. */
    public List<Script> find(ScriptFilter filter) {
        return index().find(filter);
    }

    /** Current snapshot; rebuilt when this or another process changed the library since the last look. */
    private ScriptIndex index() {
        ensureSeeded();
        Snapshot s = snapshot;
        long dataVersion = db.dataVersion();
        if (s != null && s.dataVersion() == dataVersion) {
            return s.index();
        }
        synchronized (this) {
            s = snapshot;
            dataVersion = db.dataVersion();
            if (s != null && s.dataVersion() == dataVersion) {
                return s.index();
            }
            long dbRevision = db.read(repo::revision);
            if (s != null && s.dbRevision() == dbRevision) {
                snapshot = new Snapshot(s.index(), dbRevision, dataVersion, s.revision());
                return s.index();
            }
            List<Script> scripts = db.read(repo::all);
            Snapshot fresh = new Snapshot(new ScriptIndex(scripts), dbRevision, dataVersion,
                    revisions.incrementAndGet());
            snapshot = fresh;
            return fresh.index();
        }
    }

    /**
     * Loads the default library the first time the library is used: only when it is empty and was never
     * seeded, so a user who deletes every script does not get the defaults back.
     */
    private void ensureSeeded() {
        if (seeded) {
            return;
        }
        synchronized (this) {
            if (seeded) {
                return;
            }
            List<Script> defaultScripts = null;
            if (db.read(repo::seededAt) == null) {
                defaultScripts = loadDefaults();
            }
            List<Script> toSeed = defaultScripts;
            db.write(c -> {
                if (repo.seededAt(c) != null) {
                    return; // another process seeded meanwhile
                }
                if (toSeed != null && repo.count(c) == 0) {
                    long now = clock.millis();
                    long position = 1;
                    for (Script s : toSeed) {
                        repo.upsert(c, normalize(s), position++, now, now);
                    }
                }
                repo.markSeeded(c, clock.millis());
            });
            seeded = true;
        }
    }

    private List<Script> loadDefaults() {
        try (InputStream in = defaults.get()) {
            if (in == null) {
                throw new IllegalStateException("default script library missing from the class path: "
                        + DEFAULT_LIBRARY);
            }
            return ScriptJson.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("default script library unreadable", e);
        }
    }

    // Changing

    /** Adds a script; a blank id gets a fresh one. Returns the script as stored. */
    public Script create(Script draft) {
        ensureSeeded();
        Script s = validate(normalize(draft));
        return change(c -> {
            String id = s.id().isEmpty() ? newId(c, s, Set.of()) : s.id();
            if (repo.find(c, id).isPresent()) {
                throw new UserException("scripts.error.idTaken", id);
            }
            Script stored = withId(s, id);
            checkCode(c, stored);
            Map<String, Optional<ScriptRepository.Stored>> before = Map.of(id, Optional.empty());
            long now = clock.millis();
            repo.upsert(c, stored, repo.nextPosition(c), now, now);
            repo.pushUndo(c, UndoEntry.Operation.CREATE, stored.title(), now, before, UNDO_LIMIT);
            return stored;
        });
    }

    /** Saves an edited script (same id). Saving an unchanged script changes nothing. */
    public Script update(Script edited) {
        ensureSeeded();
        Script s = validate(normalize(edited));
        return change(c -> {
            ScriptRepository.Stored old = repo.find(c, s.id())
                    .orElseThrow(() -> new UserException("scripts.error.notFound", s.title()));
            if (old.script().equals(s)) {
                return s;
            }
            checkCode(c, s);
            long now = clock.millis();
            repo.clearCodes(c, List.of(s.id()));
            repo.upsert(c, s, old.position(), old.createdAt(), now);
            repo.pushUndo(c, UndoEntry.Operation.EDIT, s.title(), now, Map.of(s.id(), Optional.of(old)), UNDO_LIMIT);
            return s;
        });
    }

    /** Copies a script under a new id and title, without its short code (codes are unique). */
    public Script duplicate(String id, String title) {
        ensureSeeded();
        return change(c -> {
            Script original = repo.find(c, id).orElseThrow(() -> new UserException("scripts.error.notFound", id))
                    .script();
            Script copy = normalize(new Script("", original.category(), original.stage(), original.variant(),
                    original.platforms(), original.emotions(), null, original.tags(),
                    title == null || title.isBlank() ? original.title() : title, original.text()));
            copy = withId(copy, newId(c, copy, Set.of()));
            long now = clock.millis();
            repo.upsert(c, copy, repo.nextPosition(c), now, now);
            repo.pushUndo(c, UndoEntry.Operation.DUPLICATE, copy.title(), now, Map.of(copy.id(), Optional.empty()),
                    UNDO_LIMIT);
            return copy;
        });
    }

    /** Deletes a script; undo brings it back with its usage statistics. */
    public void delete(String id) {
        ensureSeeded();
        change(c -> {
            ScriptRepository.Stored old = repo.find(c, id)
                    .orElseThrow(() -> new UserException("scripts.error.notFound", id));
            long now = clock.millis();
            repo.delete(c, id);
            repo.pushUndo(c, UndoEntry.Operation.DELETE, old.script().title(), now, Map.of(id, Optional.of(old)),
                    UNDO_LIMIT);
            return null;
        });
    }

    /** The changes that can be undone, newest first. */
    public List<UndoEntry> undoHistory() {
        return db.read(repo::history);
    }

    /** Undoes the newest change; empty when there is nothing to undo. */
    public Optional<UndoEntry> undo() {
        ensureSeeded();
        return change(c -> {
            List<UndoEntry> history = repo.history(c);
            if (history.isEmpty()) {
                return Optional.empty();
            }
            UndoEntry last = history.get(0);
            Map<String, Optional<ScriptRepository.Stored>> rows = repo.undoRows(c, last.seq());
            List<String> restore = new ArrayList<>();
            for (var e : rows.entrySet()) {
                if (e.getValue().isEmpty()) {
                    repo.delete(c, e.getKey());
                } else {
                    restore.add(e.getKey());
                }
            }
            repo.clearCodes(c, restore);
            long now = clock.millis();
            for (String id : restore) {
                ScriptRepository.Stored s = rows.get(id).orElseThrow();
                Optional<Script> holder = s.script().code() == null ? Optional.empty()
                        : repo.codeOwner(c, s.script().code(), id);
                if (holder.isPresent()) {
                    // only possible when the database was changed outside the library
                    throw new UserException("scripts.error.undoConflict", s.script().code(), holder.get().title());
                }
                repo.upsert(c, s.script(), s.position(), s.createdAt(), now);
            }
            repo.dropUndo(c, last.seq());
            return Optional.of(last);
        });
    }

    private <T> T change(SqlWork<T> work) {
        T result = db.transaction(c -> {
            T r = work.apply(c);
            repo.bumpRevision(c);
            return r;
        });
        snapshot = null;
        return result;
    }

    // Validation

    /**
     * Tidies a script the way the library stores it: trimmed text, short code in its canonical form
     * ({@code ps} → {@code /ps}), tags split at separators without repeats, a title made from the text when blank.
     */
    public static Script normalize(Script s) {
        String text = s.text().strip();
        String title = s.title().strip();
        if (title.isEmpty()) {
            String firstLine = text.lines().findFirst().orElse("");
            title = firstLine.length() > 16 ? firstLine.substring(0, 16) + "…" : firstLine;
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String t : s.tags()) {
            for (String part : ScriptCsv.LIST_SEPARATOR.split(t.strip())) {
                if (!part.isEmpty()) {
                    tags.add(part);
                }
            }
        }
        String code = s.code() == null ? null : tidyCode(s.code());
        return new Script(s.id().strip(), s.category(), s.stage(), s.variant(), s.platforms(), s.emotions(),
                code == null || code.equals("/") ? null : code, List.copyOf(tags), title, text);
    }

    /** Checks what the user can fix: empty or too long text, a malformed short code. */
    public static Script validate(Script s) {
        if (s.text().isBlank()) {
            throw new UserException("scripts.error.emptyText");
        }
        if (s.text().length() > MAX_TEXT) {
            throw new UserException("scripts.error.textTooLong", MAX_TEXT, s.text().length());
        }
        if (s.code() != null && !ScriptJson.CODE.matcher(s.code()).matches()) {
            throw new UserException("scripts.error.codeFormat", s.code());
        }
        return s;
    }

    /** A short code in canonical form ({@code /ps}) if it is one, else null. */
    public static String normalizeCode(String code) {
        String c = code == null ? null : tidyCode(code);
        return c != null && ScriptJson.CODE.matcher(c).matches() ? c : null;
    }

    private static String tidyCode(String code) {
        String c = SearchText.fold(code).strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        return c.startsWith("/") ? c : "/" + c;
    }

    /** The script (other than {@code id}) using this short code, if any. */
    public Optional<Script> codeOwner(String code, String id) {
        String c = normalizeCode(code);
        return c == null ? Optional.empty() : index().byCode(c).filter(s -> !s.id().equals(id));
    }

    private void checkCode(Connection c, Script s) throws SQLException {
        if (s.code() != null) {
            Optional<Script> owner = repo.codeOwner(c, s.code(), s.id());
            if (owner.isPresent()) {
                throw new UserException("scripts.error.codeTaken", s.code(), owner.get().title());
            }
        }
    }

    private String newId(Connection c, Script s, Set<String> alsoTaken) throws SQLException {
        String base = (s.isGeneral() ? "general" : s.category().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + "-" + s.stage().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + s.variant().name().toLowerCase(Locale.ROOT) + "-my";
        for (int n = 1; ; n++) {
            String id = base + n;
            if (!alsoTaken.contains(id) && repo.find(c, id).isEmpty()) {
                return id;
            }
        }
    }

    private static Script withId(Script s, String id) {
        return new Script(id, s.category(), s.stage(), s.variant(), s.platforms(), s.emotions(), s.code(), s.tags(),
                s.title(), s.text());
    }

    // Usage

    /**
     * Records that a script was sent (called by the chat).
     *
     * @param edited    whether the agent changed the text before sending
     * @param editRatio share of the text changed, 0..1 (ignored when not edited)
     */
    public void recordUse(String scriptId, boolean edited, double editRatio) {
        double ratio = Double.isNaN(editRatio) ? 0 : Math.max(0, Math.min(1, editRatio));
        db.write(c -> repo.recordUse(c, scriptId, edited, ratio, clock.millis()));
    }

    public ScriptUsage usage(String scriptId) {
        return usage().getOrDefault(scriptId, ScriptUsage.NONE);
    }

    /** Usage of every script that was ever used, by script id. */
    public Map<String, ScriptUsage> usage() {
        return db.read(repo::usage);
    }

    // Placeholders

    /** A script's text with placeholders filled, and the ones still to fill by hand. */
    public record Filled(String text, List<String> missing) {
    }

    /**
     * Fills a script's placeholders from case, customer and shop values ({@code 买家 → 小王}); those without a
     * value stay visibly in the text ({@code {运单号}}) and are listed in {@link Filled#missing()}.
     */
    public static Filled fill(String text, Map<String, String> values) {
        String filled = Placeholders.fill(text, values);
        List<String> missing = Placeholders.find(filled).stream().map(Placeholders.Span::name).distinct().toList();
        return new Filled(filled, missing);
    }

    // Import and export

    /** File formats, chosen by extension. */
    public enum Format {
        JSON, CSV;

        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new UserException("scripts.error.fileType", file.getFileName());
        }
    }

    /**
     * Imports a JSON or CSV file: scripts with an id already in the library replace it, the others are added
     * (a blank id in CSV makes a new script). All or nothing: any problem raises {@link ScriptFileException}
     * with every problem's line and nothing changes. A dry run only checks.
     */
    public ImportReport importFile(Path file, boolean dryRun) {
        Format format = Format.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "scripts.error.noFile", file);
        } catch (IOException e) {
            throw new UserException(e, "scripts.error.readFile", file, e.getMessage());
        }
        ScriptJson.Parsed parsed = format == Format.JSON ? ScriptJson.parse(new ByteArrayInputStream(bytes))
                : ScriptCsv.read(bytes);
        return importScripts(parsed, String.valueOf(file.getFileName()), dryRun);
    }

    /** Imports scripts already read (see {@link #importFile}). */
    public ImportReport importScripts(List<Script> scripts, String label, boolean dryRun) {
        List<Integer> lines = new ArrayList<>();
        scripts.forEach(s -> lines.add(0));
        List<ScriptFileException.Problem> problems = new ArrayList<>();
        ScriptJson.checkUnique(scripts, lines, problems);
        return importScripts(new ScriptJson.Parsed(scripts, lines, problems), label, dryRun);
    }

    private ImportReport importScripts(ScriptJson.Parsed parsed, String label, boolean dryRun) {
        ensureSeeded();
        SqlWork<ImportReport> work = c -> {
            Map<String, ScriptRepository.Stored> existing = repo.findAll(c);
            Map<String, Script> after = new LinkedHashMap<>();
            existing.forEach((id, s) -> after.put(id, s.script()));
            List<Script> incoming = new ArrayList<>();
            Map<String, Integer> lineOf = new HashMap<>();
            Set<String> fileIds = new LinkedHashSet<>();
            parsed.scripts().forEach(s -> fileIds.add(s.id()));
            for (int i = 0; i < parsed.scripts().size(); i++) {
                Script s = normalize(parsed.scripts().get(i));
                if (s.id().isEmpty()) {
                    Set<String> taken = new LinkedHashSet<>(fileIds);
                    taken.addAll(after.keySet());
                    s = withId(s, newId(c, s, taken));
                }
                incoming.add(s);
                lineOf.put(s.id(), parsed.lines().get(i));
                after.put(s.id(), s);
            }
            List<ScriptFileException.Problem> problems = new ArrayList<>(parsed.problems());
            Map<String, Script> codeOwners = new HashMap<>();
            for (Script s : after.values()) {
                if (s.code() != null && !lineOf.containsKey(s.id())) {
                    codeOwners.put(s.code(), s);
                }
            }
            for (Script s : incoming) {
                Script owner = s.code() == null ? null : codeOwners.get(s.code());
                if (owner != null) {
                    problems.add(new ScriptFileException.Problem(lineOf.get(s.id()), "scripts.file.codeTaken",
                            s.code(), owner.title()));
                }
            }
            if (!problems.isEmpty()) {
                throw new ScriptFileException(problems);
            }
            int added = 0;
            int replaced = 0;
            int unchanged = 0;
            List<Script> changed = new ArrayList<>();
            for (Script s : incoming) {
                ScriptRepository.Stored old = existing.get(s.id());
                if (old == null) {
                    added++;
                    changed.add(s);
                } else if (old.script().equals(s)) {
                    unchanged++;
                } else {
                    replaced++;
                    changed.add(s);
                }
            }
            ImportReport report = new ImportReport(added, replaced, unchanged, dryRun);
            if (dryRun || changed.isEmpty()) {
                return report;
            }
            Map<String, Optional<ScriptRepository.Stored>> before = new LinkedHashMap<>();
            changed.forEach(s -> before.put(s.id(), Optional.ofNullable(existing.get(s.id()))));
            repo.clearCodes(c, changed.stream().map(Script::id).filter(existing::containsKey).toList());
            long now = clock.millis();
            long position = repo.nextPosition(c);
            for (Script s : changed) {
                ScriptRepository.Stored old = existing.get(s.id());
                repo.upsert(c, s, old == null ? position++ : old.position(), old == null ? now : old.createdAt(), now);
            }
            repo.pushUndo(c, UndoEntry.Operation.IMPORT, label, now, before, UNDO_LIMIT);
            repo.bumpRevision(c);
            return report;
        };
        if (dryRun) {
            return db.read(work);
        }
        ImportReport report = db.transaction(work);
        snapshot = null;
        return report;
    }

    /** Writes the whole library to a JSON or CSV file (chosen by extension), replacing it only when complete. */
    public int exportFile(Path file) {
        Format format = Format.of(file);
        List<Script> scripts = all();
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".afterdesk-export-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    if (format == Format.JSON) {
                        ScriptJson.write(scripts, out);
                    } else {
                        ScriptCsv.write(scripts, out);
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UserException(e, "scripts.error.writeFile", target, e.getMessage());
        }
        return scripts.size();
    }

    /** How many scripts each category (null = general) has in each stage. */
    public Map<Category, Map<com.afterdesk.domain.Stage, Integer>> counts() {
        Map<Category, Map<com.afterdesk.domain.Stage, Integer>> out = new HashMap<>();
        for (Script s : all()) {
            out.computeIfAbsent(s.category(), k -> new HashMap<>()).merge(s.stage(), 1, Integer::sum);
        }
        return out;
    }
}
