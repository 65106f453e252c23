package parley.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How far this process has read into a file, for the progress of one large file (a WARC of
 * gigabytes would otherwise sit at 0 % until its end). Readers open their files themselves, so
 * the position is taken from Linux's {@code /proc/self/fdinfo}: the {@code pos:} of a descriptor
 * open on the file. For a compressed file it is the position in the compressed bytes, which is
 * what the file's size counts too. Elsewhere (no {@code /proc}) the position is unknown and
 * progress moves file by file.
 */
final class ReadPosition {
    private static final Path DESCRIPTORS = Path.of("/proc/self/fd");
    private static final Path DESCRIPTOR_INFO = Path.of("/proc/self/fdinfo");
    private final Path file;

    ReadPosition(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            real = file.toAbsolutePath().normalize();
        }
        this.file = real;
    }

    /**
     * The bytes read so far: the furthest position of the descriptors open on the file, or -1
     * when none is open or this system does not tell.
     */
    long bytesRead() {
        if (!Files.isDirectory(DESCRIPTORS)) {
            return -1;
        }
        long furthest = -1;
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(DESCRIPTORS)) {
            for (Path descriptor : descriptors) {
                if (opens(descriptor)) {
                    furthest = Math.max(furthest, position(descriptor.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return furthest; // descriptors come and go while we look; progress is only an estimate
        }
        return furthest;
    }

    private boolean opens(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).equals(file);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // closed meanwhile, or not a link
        }
    }

    private static long position(String descriptor) {
        try {
            List<String> lines = Files.readAllLines(DESCRIPTOR_INFO.resolve(descriptor));
            for (String line : lines) {
                if (line.startsWith("pos:")) {
                    return Long.parseLong(line.substring(4).strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // closed meanwhile
        }
        return -1;
    }
}
