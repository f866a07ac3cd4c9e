package com.afterdesk.deadlines;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force per platform: the shipped preset (assets/rules/PLATFORM.json), or a rule file the user
 * imported for that platform, with this shop's duration edits on top. Imports and edits live in the database.
 */
public final class RuleBook {

    /** One row for the settings screen: the rule as in force, and what the preset/imported file said. */
    public record RuleEntry(Rule rule, Duration fileDuration, boolean overridden, boolean imported) {
    }

    private static final Map<Platform, RuleSet> PRESETS = new EnumMap<>(Platform.class);

    private final Database db;
    private final Clock clock;
    private final Map<String, RuleSet> parsedImports = new HashMap<>();

    public RuleBook(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The preset shipped with AfterDesk ({@code other} has no platform clocks). */
    public static synchronized RuleSet preset(Platform platform) {
        return PRESETS.computeIfAbsent(platform, p -> {
            if (p == Platform.OTHER) {
                return RuleSet.empty(p);
            }
            String name = "/assets/rules/" + p.id() + ".json";
            try (InputStream in = RuleBook.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule preset " + name);
                }
                return RuleFile.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The rules in force for a platform now. */
    public RuleSet rules(Platform platform) {
        RuleSet base = fileRules(platform);
        Map<String, Duration> overrides = durationOverrides(platform);
        if (overrides.isEmpty()) {
            return base;
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : base.rules()) {
            Duration d = overrides.get(r.id());
            rules.add(d != null ? r.withDuration(d) : r);
        }
        return new RuleSet(platform, base.zone(), rules, base.overrides());
    }

    /** Every rule of a platform with its status, for the settings screen. */
    public List<RuleEntry> entries(Platform platform) {
        boolean imported = importedText(platform) != null;
        RuleSet base = fileRules(platform);
        Map<String, Duration> overrides = durationOverrides(platform);
        List<RuleEntry> out = new ArrayList<>();
        for (Rule r : base.rules()) {
            Duration d = overrides.get(r.id());
            out.add(new RuleEntry(d != null ? r.withDuration(d) : r, r.duration(), d != null, imported));
        }
        return out;
    }

    /** This shop's duration for one rule (stored; survives restarts). */
    public void setDuration(Platform platform, String ruleId, Duration duration) {
        Rule rule = fileRules(platform).byId(ruleId)
                .orElseThrow(() -> new UserException("deadlines.rules.unknownRule", ruleId, platform.id()));
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new UserException("deadlines.rules.badDuration", String.valueOf(duration));
        }
        if (rule.duration() == null) {
            throw new UserException("deadlines.rules.noDuration", ruleId);
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_override(rule_id, platform, duration, "
                    + "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(platform, rule_id) DO UPDATE SET "
                    + "duration = excluded.duration, updated_at = excluded.updated_at")) {
                ps.setString(1, ruleId);
                ps.setString(2, platform.id());
                ps.setString(3, duration.toString());
                ps.setLong(4, clock.millis());
                ps.executeUpdate();
            }
        });
    }

    /** Back to the duration of the preset (or imported file) for one rule. */
    public void resetDuration(Platform platform, String ruleId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM rule_override WHERE platform = ? AND rule_id = ?")) {
                ps.setString(1, platform.id());
                ps.setString(2, ruleId);
                ps.executeUpdate();
            }
        });
    }

    /** Drops an imported file and every duration edit of a platform: the preset is in force again. */
    public void resetPlatform(Platform platform) {
        db.write(c -> {
            try (PreparedStatement a = c.prepareStatement("DELETE FROM rule_override WHERE platform = ?");
                 PreparedStatement b = c.prepareStatement("DELETE FROM rule_file WHERE platform = ?")) {
                a.setString(1, platform.id());
                a.executeUpdate();
                b.setString(1, platform.id());
                b.executeUpdate();
            }
        });
    }

    /**
     * Imports a rule file: it replaces the rules of the platform it names, and that platform's duration edits
     * are dropped (the file says what it wants). A bad file is refused with every problem and its line; the
     * rules in force stay as they were.
     */
    public RuleSet importFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(e, "deadlines.rules.cannotRead", file, e.getMessage());
        }
        RuleSet set = RuleFile.read(text);
        if (set.platform() == Platform.OTHER && !set.rules().isEmpty()) {
            throw new RuleFileException(List.of(new RuleFileException.Problem(1,
                    "platform other has no platform clocks; use manual due times")));
        }
        db.write(c -> {
            try (PreparedStatement a = c.prepareStatement("DELETE FROM rule_override WHERE platform = ?");
                 PreparedStatement b = c.prepareStatement("INSERT INTO rule_file(platform, content, imported_at) "
                         + "VALUES (?, ?, ?) ON CONFLICT(platform) DO UPDATE SET content = excluded.content, "
                         + "imported_at = excluded.imported_at")) {
                a.setString(1, set.platform().id());
                a.executeUpdate();
                b.setString(1, set.platform().id());
                b.setString(2, text);
                b.setLong(3, clock.millis());
                b.executeUpdate();
            }
        });
        return set;
    }

    /** Writes the rules in force for a platform (edits included) as a rule file. */
    public void exportFile(Platform platform, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                RuleFile.write(rules(platform), out);
            }
        } catch (IOException e) {
            throw new UserException(e, "deadlines.rules.cannotWrite", file, e.getMessage());
        }
    }

    private RuleSet fileRules(Platform platform) {
        String text = importedText(platform);
        if (text == null) {
            return preset(platform);
        }
        synchronized (parsedImports) {
            // the stored text was validated on import; re-parse only when it changed
            return parsedImports.computeIfAbsent(text, RuleFile::read);
        }
    }

    private String importedText(Platform platform) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM rule_file WHERE platform = ?")) {
                ps.setString(1, platform.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private Map<String, Duration> durationOverrides(Platform platform) {
        return db.read(c -> {
            Map<String, Duration> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rule_id, duration FROM rule_override WHERE platform = ?")) {
                ps.setString(1, platform.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Duration d = RuleFile.parseDuration(rs.getString(2));
                        if (d != null) {
                            out.put(rs.getString(1), d);
                        }
                    }
                }
            }
            return out;
        });
    }
}
