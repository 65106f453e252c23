package parley.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import parley.core.json.Json;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * Keeps annotations on disk, keyed by text and annotator version, so that coding the same article
 * again (after a change to the coder, or in {@code eval}) skips the parser. The delegate is created
 * lazily: a warm cache never loads the models.
 *
 * <p>An entry keeps the parses that were asked for when it was written. When a later call asks for
 * a sentence the entry left unparsed (the coder's lexicon grew, say), the text is annotated again
 * with the sentences of both calls parsed, and the entry is replaced.
 */
public final class CachingAnnotator implements Annotator {
    private final Path directory;
    private final String version;
    private final Supplier<Annotator> delegate;
    private volatile Annotator loaded;

    /**
     * @param directory where the cache files live (created when needed)
     * @param version   the delegate's {@link Annotator#version()}, known without loading it
     * @param delegate  creates the real annotator on the first cache miss
     */
    public CachingAnnotator(Path directory, String version, Supplier<Annotator> delegate) {
        if (directory == null || version == null || delegate == null) {
            throw new IllegalArgumentException("directory, version and delegate are required");
        }
        this.directory = directory;
        this.version = version;
        this.delegate = delegate;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public AnnotatedText annotate(String text, ParseFilter parse) {
        Path file = directory.resolve(key(text) + ".json.gz");
        AnnotatedText cached = read(file);
        ParseFilter wanted = parse;
        if (cached != null) {
            Set<Integer> parsed = new HashSet<>();
            boolean missing = false;
            for (Sentence sentence : cached.sentences()) {
                if (sentence.parsed()) {
                    parsed.add(sentence.index());
                } else if (parse.needsParse(sentence)) {
                    missing = true;
                }
            }
            if (!missing) {
                return cached;
            }
            wanted = sentence -> parsed.contains(sentence.index()) || parse.needsParse(sentence);
        }
        AnnotatedText annotated = real().annotate(text, wanted);
        write(file, annotated);
        return annotated;
    }

    /** The entry in {@code file}, or null when there is none or it is damaged (it is then recomputed and overwritten). */
    private static AnnotatedText read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Json.mapper().readValue(in, AnnotatedText.class);
        } catch (IOException corrupt) {
            return null;
        }
    }

    private Annotator real() {
        Annotator current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = delegate.get();
                }
                current = loaded;
            }
        }
        return current;
    }

    private void write(Path file, AnnotatedText annotated) {
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "entry", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                Json.mapper().writeValue(out, annotated);
            }
            // Atomic rename: a killed run never leaves a truncated entry under the real name.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache entry " + file, e);
        }
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
