package parley.core.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Where dictionary files come from: the classpath defaults and the files a user names. */
final class ActorSources {
    /** The folder of the default files on the classpath. */
    static final String RESOURCE_FOLDER = "parley/actors/";

    /**
     * The default files, in load order. A classpath folder cannot be listed portably (inside a
     * jar), so the list is kept here; a test checks it against the folder.
     */
    static final List<String> DEFAULT_FILES = List.of("states.yaml", "state-bodies.yaml", "igos.yaml",
            "armed-groups.yaml", "parties.yaml", "organisations.yaml", "people.yaml", "world-leaders.yaml", "past-leaders.yaml",
            "not-actors.yaml");

    private ActorSources() {
    }

    static List<ActorFile> defaults() {
        List<ActorFile> files = new ArrayList<>();
        for (String name : DEFAULT_FILES) {
            String resource = RESOURCE_FOLDER + name;
            try (InputStream in = ActorSources.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("default actor file missing from the classpath: " + resource);
                }
                files.add(ActorFileReader.read("classpath:" + resource, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read default actor file " + resource, e);
            }
        }
        return List.copyOf(files);
    }

    /**
     * Reads the user's files: each path is a YAML file, or a folder whose {@code *.yaml} and
     * {@code *.yml} files are read in name order (not recursively).
     */
    static List<ActorFile> userFiles(List<Path> filesOrFolders) {
        if (filesOrFolders == null) {
            throw new IllegalArgumentException("extra actor files must be a list (possibly empty), got null");
        }
        List<ActorFile> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (path == null) {
                throw new IllegalArgumentException("extra actor files contain a null path: " + filesOrFolders);
            }
            if (Files.isDirectory(path)) {
                for (Path file : yamlFilesIn(path)) {
                    files.add(read(file));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(read(path));
            } else {
                throw new IllegalArgumentException("actor file or folder not found: " + path);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> yamlFilesIn(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list actor folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static ActorFile read(Path file) {
        try {
            return ActorFileReader.read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read actor file " + file + ": " + e.getMessage(), e);
        }
    }
}
