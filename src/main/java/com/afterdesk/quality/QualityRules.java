package com.afterdesk.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * The rules in force for a data folder: the shipped defaults ({@code /assets/quality/rules.json}) plus the shop's
 * own {@code quality-rules.json} in the data folder, re-read whenever that file changes. A shop file with a
 * problem is ignored as a whole (the defaults stay in force) and its problems are kept for the user to see.
 */
public final class QualityRules {

    /** The shop's own rule file, in the data folder. */
    public static final String SHOP_FILE = "quality-rules.json";
    static final String DEFAULTS = "/assets/quality/rules.json";

    private static final RuleSet DEFAULT_RULES = loadDefaults();

    private final Path shopFile;
    private Snapshot snapshot;

    private record Snapshot(Object stamp, RuleSet rules, RuleFileException problem) {
    }

    private QualityRules(Path shopFile) {
        this.shopFile = shopFile;
    }

    /** The defaults alone (tests, or no data folder). */
    public static QualityRules defaultsOnly() {
        return new QualityRules(null);
    }

    /** The defaults plus {@code quality-rules.json} in the given data folder, when it exists. */
    public static QualityRules forFolder(Path dataFolder) {
        return new QualityRules(dataFolder.resolve(SHOP_FILE));
    }

    /** The shipped default rules. */
    public static RuleSet defaults() {
        return DEFAULT_RULES;
    }

    /** Where the shop's own file is read from (empty for {@link #defaultsOnly()}). */
    public Optional<Path> shopFile() {
        return Optional.ofNullable(shopFile);
    }

    /** The rules in force now. */
    public synchronized RuleSet current() {
        return refresh().rules();
    }

    /** Why the shop's file is being ignored, if it is. */
    public synchronized Optional<RuleFileException> shopFileProblem() {
        return Optional.ofNullable(refresh().problem());
    }

    /**
     * Checks a shop rule file without applying it.
     *
     * @return the rules that would be in force with it
     * @throws RuleFileException with every problem and its line
     */
    public static RuleSet validate(InputStream in, String fileName) {
        return DEFAULT_RULES.merge(RuleFileReader.read(in, fileName));
    }

    private Snapshot refresh() {
        if (shopFile == null) {
            return snapshot == null ? snapshot = new Snapshot(null, DEFAULT_RULES, null) : snapshot;
        }
        Object stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(shopFile, BasicFileAttributes.class);
            stamp = List.of(a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            stamp = "none";
        } catch (IOException e) {
            stamp = "unreadable";
        }
        if (snapshot != null && stamp.equals(snapshot.stamp())) {
            return snapshot;
        }
        snapshot = load(stamp);
        return snapshot;
    }

    private Snapshot load(Object stamp) {
        if (stamp.equals("none")) {
            return new Snapshot(stamp, DEFAULT_RULES, null);
        }
        try {
            byte[] bytes = Files.readAllBytes(shopFile);
            return new Snapshot(stamp, validate(new ByteArrayInputStream(bytes), shopFile.toString()), null);
        } catch (RuleFileException e) {
            return new Snapshot(stamp, DEFAULT_RULES, e);
        } catch (IOException e) {
            return new Snapshot(stamp, DEFAULT_RULES, new RuleFileException(shopFile.toString(),
                    List.of(new RuleFileException.Problem(0, "cannot read the file: " + e.getMessage()))));
        }
    }

    private static RuleSet loadDefaults() {
        try (InputStream in = QualityRules.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + DEFAULTS);
            }
            return RuleSet.of(RuleFileReader.read(in, DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleFileException e) {
            throw new IllegalStateException("the shipped " + DEFAULTS + " is invalid: " + e.problems(), e);
        }
    }
}
