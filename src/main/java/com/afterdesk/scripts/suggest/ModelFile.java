package com.afterdesk.scripts.suggest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trained models as they ship in the jar. Training takes two to three seconds, and it gives the same weights every
 * time; so the build trains once (the {@code process-classes} phase runs {@link #main}) and puts the weights in the
 * jar, and a command or the window loads them in a fraction of a second. The file carries a fingerprint of what
 * training depends on (the corpus and lexicon files and the classes that read them): a file that does not match, is
 * missing or is damaged is ignored and the classifier trains as before, so a stale file can cost time, never a wrong
 * reading. A test checks that the bundled file equals what training gives now.
 */
public final class ModelFile {

    /** Where the build puts the file, on the class path. */
    static final String RESOURCE = "/suggest/models.bin";

    private static final String MAGIC = "AfterDesk models";
    private static final int VERSION = 1;

    /** The resources training reads. */
    private static final List<String> INPUTS = Stream.concat(TrainingCorpus.RESOURCES.stream(),
            Stream.of(LexiconRules.RESOURCE, Classifier.EMOTION_CUES)).toList();

    /** The classes whose code decides the features and the training. */
    private static final List<Class<?>> CODE = List.of(Classifier.class, TextModel.class, TextNormalizer.class,
            TrainingCorpus.class, LexiconRules.class, CueLexicon.class, EmotionDetector.class, ModelFile.class);

    private ModelFile() {
    }

    /** The models bundled with this build, when present and made from exactly this corpus and code. */
    static Optional<Classifier.Models> bundled() {
        InputStream in = ModelFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (InputStream file = in) {
            return read(file, fingerprint());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes both models with the fingerprint they were trained under. */
    static void write(Classifier.Models models, String fingerprint, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(fingerprint);
        models.categories().write(data);
        models.emotion().write(data);
        data.flush();
    }

    /**
     * Reads models written by {@link #write}; empty when the file is not one, is of another version or fingerprint, or
     * ends early. Never throws for a bad file.
     */
    static Optional<Classifier.Models> read(InputStream in, String expectedFingerprint) {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION
                    || !expectedFingerprint.equals(data.readUTF())) {
                return Optional.empty();
            }
            TextModel categories = TextModel.read(data);
            TextModel emotion = TextModel.read(data);
            if (data.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(Classifier.models(categories, emotion));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 over the corpus and lexicon files and the bytes of the classes that turn them into a model. */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : INPUTS) {
                digest(sha, resource, ModelFile.class.getResourceAsStream(resource));
            }
            for (Class<?> c : CODE) {
                String name = c.getSimpleName() + ".class";
                digest(sha, name, c.getResourceAsStream(name));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest sha, String name, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        try (InputStream r = in) {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(r.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: trains on the bundled corpus and writes the file to the given path (the build's class folder). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelFile OUTPUT");
        }
        long start = System.nanoTime();
        Classifier.Models models = Classifier.train(TrainingCorpus.load());
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            write(models, fingerprint(), o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("trained the classifier in %.1f s: %s (%d KB)%n", (System.nanoTime() - start) / 1e9, out,
                Files.size(out) / 1024);
    }
}
