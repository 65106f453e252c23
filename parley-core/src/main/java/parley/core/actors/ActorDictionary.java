package parley.core.actors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor dictionary: loaded once, immutable, safe to share between threads.
 *
 * <pre>{@code
 * ActorDictionary actors = ActorDictionary.loadDefault();
 * actors.find("Russian Foreign Minister Sergey Lavrov said the Kremlin's offer stands.");
 * // [0,7) "Russian" -> RUS (ADJECTIVE), [25,38) "Sergey Lavrov" -> person/sergey-lavrov (NAME),
 * // [48,55) "Kremlin" -> body/kremlin (NAME)
 * actors.resolve("Putin", LocalDate.of(2009, 6, 1));
 * // ResolvedActor[text=Putin, name=Vladimir Putin, code=RUS, sector=GOV, country=RUS]   (then prime minister)
 * actors.resolve("the German foreign minister", LocalDate.of(2022, 11, 15));
 * // ResolvedActor[..., name=Annalena Baerbock, code=DEU, sector=GOV, country=DEU]
 * actors.resolve("Iranian protesters", null);      // code=IRN, sector=CVL, country=IRN
 * actors.resolve("soldiers", null);                // code=null, sector=MIL
 * }</pre>
 *
 * <p>The data and its format are described in {@code parley/actors/README.md}; user files given
 * to {@link #load(List)} replace default entries with the same id.
 */
public final class ActorDictionary {
    private static volatile ActorDictionary defaultDictionary;
    private static volatile List<ActorFile> defaultFiles;

    private final List<ActorEntry> entries;
    private final Map<String, ActorEntry> byId;
    private final ActorMatcher matcher;
    private final MentionIndex mentions;
    private final ActorDescriptions descriptions;
    private final String version;

    private ActorDictionary(List<ActorFile> defaults, List<ActorFile> userFiles) {
        Map<String, ActorFile.LocatedEntry> located = new LinkedHashMap<>();
        Map<String, Boolean> fromUser = new LinkedHashMap<>();
        for (ActorFile file : defaults) {
            for (ActorFile.LocatedEntry entry : file.entries()) {
                ActorFile.LocatedEntry previous = located.putIfAbsent(entry.entry().id(), entry);
                if (previous != null) {
                    throw new IllegalArgumentException(entry.where() + ": id already used at " + previous.where());
                }
                fromUser.put(entry.entry().id(), false);
            }
        }
        for (ActorFile file : userFiles) {
            for (ActorFile.LocatedEntry entry : file.entries()) {
                located.put(entry.entry().id(), entry);
                fromUser.put(entry.entry().id(), true);
            }
        }
        SurfaceForms forms = new SurfaceForms();
        located.forEach((id, entry) -> forms.addEntry(entry, fromUser.get(id)));
        defaults.forEach(file -> file.notActors().forEach(phrase -> forms.addNotActor(phrase, file.source(), false)));
        userFiles.forEach(file -> file.notActors().forEach(phrase -> forms.addNotActor(phrase, file.source(), true)));

        Map<String, ActorEntry> entriesById = new LinkedHashMap<>();
        located.forEach((id, entry) -> entriesById.put(id, entry.entry()));
        this.entries = List.copyOf(entriesById.values());
        this.byId = Map.copyOf(entriesById);
        this.matcher = new ActorMatcher(forms.claims());
        this.mentions = new MentionIndex(forms.claims(), entriesById);
        DescriptionLexicon lexicon = DescriptionLexicon.shipped();
        this.descriptions = new ActorDescriptions(lexicon, matcher, mentions, entriesById);
        this.version = version(defaults, userFiles, lexicon, entries.size());
    }

    /**
     * The dictionary shipped with Parley (classpath {@code parley/actors/}), loaded on first use
     * and shared afterwards.
     *
     * @throws IllegalStateException when the shipped files are missing or broken
     */
    public static ActorDictionary loadDefault() {
        ActorDictionary dictionary = defaultDictionary;
        if (dictionary == null) {
            synchronized (ActorDictionary.class) {
                dictionary = defaultDictionary;
                if (dictionary == null) {
                    dictionary = new ActorDictionary(defaultFiles(), List.of());
                    defaultDictionary = dictionary;
                }
            }
        }
        return dictionary;
    }

    /**
     * The shipped dictionary plus the user's files or folders of {@code *.yaml} files, read in
     * the order given. A user entry replaces the default (or earlier user) entry with the same
     * id, and a user's name wins over a default entry's identical name.
     *
     * @param extraFilesOrDirs YAML files or folders; may be empty
     * @throws IllegalArgumentException when a path does not exist or a file is malformed; the
     *                                  message names the file, the line and the entry
     */
    public static ActorDictionary load(List<Path> extraFilesOrDirs) {
        List<ActorFile> userFiles = ActorSources.userFiles(extraFilesOrDirs);
        if (userFiles.isEmpty()) {
            return loadDefault();
        }
        return new ActorDictionary(defaultFiles(), userFiles);
    }

    private static List<ActorFile> defaultFiles() {
        List<ActorFile> files = defaultFiles;
        if (files == null) {
            synchronized (ActorDictionary.class) {
                files = defaultFiles;
                if (files == null) {
                    try {
                        files = ActorSources.defaults();
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("the shipped actor dictionary is broken: " + e.getMessage(), e);
                    }
                    defaultFiles = files;
                }
            }
        }
        return files;
    }

    /**
     * Identifies the loaded data for provenance: a hash of every file read, and the entry
     * count, e.g. {@code "sha256:3f9a0c1d2e4b;entries=412"}.
     */
    public String version() {
        return version;
    }

    /** Every entry, defaults first in file order, then the user's new entries. */
    public List<ActorEntry> entries() {
        return entries;
    }

    /** The entry with this id ("RUS", "person/sergey-lavrov", "HAMAS"). */
    public Optional<ActorEntry> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * Every dictionary mention in {@code text}, in text order, with offsets into {@code text}.
     * Whole words only; the longest form wins and matches never overlap; forms with an upper-case
     * letter match only as written ("US" never matches "us"). A possessive after a name is not
     * part of the match ("Lavrov's" gives "Lavrov"), and neither is a preceding "the".
     *
     * @throws IllegalArgumentException when {@code text} is null
     */
    public List<ActorMatch> find(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to search for actors must not be null");
        }
        return text.isEmpty() ? List.of() : matcher.find(text);
    }

    /**
     * The entry a whole mention names: "the Kremlin", "Lavrov's", "ZELENSKYY", "Élysée" or
     * "Elysee". Exact spelling first, then case- and accent-insensitively; a leading "the" and a
     * trailing possessive are ignored; an entry id is accepted last.
     */
    public Optional<ActorEntry> lookup(String mention) {
        return mentions.lookup(mention);
    }

    /**
     * Resolves a whole mention on a date (a null date means today): a name gives the canonical
     * name and the code and sector of the office held that day; a description ("the German
     * foreign minister", "Iranian protesters", "a US destroyer", "retired generals") gives what
     * its words say, and the office holder when it names an office. Empty for words that name no
     * actor ("the weather", "Monday"). The grammar is described in {@code parley/actors/README.md}.
     */
    public Optional<ResolvedActor> resolve(String mention, LocalDate date) {
        return descriptions.resolve(mention, date, null);
    }

    /**
     * Resolves a mention as {@link #resolve(String, LocalDate)} does, reading it in the sentence
     * it stands in: an ambiguous demonym follows the sentence ("Georgian" beside "Atlanta" is
     * American), and a description with no state of its own takes the one the sentence gives it
     * ("soldiers" in "Israeli soldiers opened fire"). A null or blank context is no context.
     */
    public Optional<ResolvedActor> resolve(String mention, LocalDate date, String context) {
        return descriptions.resolve(mention, date, context);
    }

    /** Resolves a match found by {@link #find(String)} on a date (null means today). */
    public ResolvedActor resolve(ActorMatch match, LocalDate date) {
        if (match == null) {
            throw new IllegalArgumentException("match to resolve must not be null");
        }
        ActorEntry entry = match.entry();
        String code = entry.codeOn(date);
        return new ResolvedActor(match.text(), entry.name(), code, entry.sectorOn(date),
                descriptions.countryOf(code, entry));
    }

    /**
     * The state a place lies in ("Kherson": UKR, "the Gaza Strip": PSE), from the cities and regions
     * the description grammar knows; null for places it does not know or that several states share.
     */
    public String stateOfPlace(String place) {
        return descriptions.stateOfPlace(place);
    }

    /**
     * The state a code belongs to: the code itself for a state, {@code VEN} for {@code VEN_OPP},
     * the home the dictionary gives a group ({@code PSE} for {@code HAMAS}), null for
     * intergovernmental bodies and unknown codes.
     */
    public String countryOf(String code) {
        return descriptions.countryOf(code, null);
    }

    private static String version(List<ActorFile> defaults, List<ActorFile> userFiles, DescriptionLexicon lexicon,
                                  int count) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<ActorFile> files : List.of(defaults, userFiles)) {
                for (ActorFile file : files) {
                    // Contents only: the same files give the same version wherever they live.
                    digest.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
                }
            }
            digest.update(lexicon.sha256().getBytes(StandardCharsets.US_ASCII));
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            return "sha256:" + hash + ";entries=" + count;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
