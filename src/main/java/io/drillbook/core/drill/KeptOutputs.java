package io.drillbook.core.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The full outputs a plan with {@code keepFullOutput} left in the outputs folder (secrets already
 * masked as they were written), read back to show a run's step in full. Only files inside the
 * outputs folder are read, at most {@link #MAX_BYTES} of each.
 */
public final class KeptOutputs {
    /** The most of one output shown at once. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Path outputDir;

    public KeptOutputs(Path outputDir) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** True when {@code file} (as recorded in an output digest) is still there to read. */
    public boolean available(String file) {
        return inside(file).filter(Files::isRegularFile).isPresent();
    }

    /** The file's text, cut at {@link #MAX_BYTES} with a line saying so; empty when it is not kept or gone. */
    public Optional<String> read(String file) {
        Optional<Path> path = inside(file).filter(Files::isRegularFile);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path.get())) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length <= MAX_BYTES) {
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
            return Optional.of(new String(bytes, 0, MAX_BYTES, StandardCharsets.UTF_8) + "\n[... cut at " + MAX_BYTES
                    + " bytes; the whole output is " + path.get() + " ...]\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the kept output " + path.get(), e);
        }
    }

    private Optional<Path> inside(String file) {
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        return path.startsWith(outputDir) ? Optional.of(path) : Optional.empty();
    }
}
