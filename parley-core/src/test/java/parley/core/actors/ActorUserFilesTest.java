package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActorUserFilesTest {
    private static final ActorDictionary DEFAULTS = ActorDictionary.loadDefault();

    @TempDir
    Path folder;

    @Test
    void replacesAShippedEntryWithTheUsersEntryOfTheSameId() throws URISyntaxException {
        ActorDictionary actors = ActorDictionary.load(List.of(testFile("user-override.yaml")));
        ActorEntry peskov = actors.byId("person/dmitry-peskov").orElseThrow();
        assertThat(peskov.name()).isEqualTo("Dmitry S. Peskov");
        assertThat(peskov.aliases()).containsExactly("Peskov", "Dmitri S. Peskov");
        // The shipped aliases are gone with the shipped entry.
        assertThat(actors.lookup("Dmitry Peskov")).isEmpty();
        assertThat(actors.find("Dmitri S. Peskov said")).extracting(ActorMatch::text).containsExactly("Dmitri S. Peskov");
        assertThat(actors.entries()).hasSize(DEFAULTS.entries().size() + 1);
        assertThat(actors.version()).isNotEqualTo(DEFAULTS.version());
    }

    @Test
    void addsTheUsersNewActors() throws URISyntaxException {
        ActorDictionary actors = ActorDictionary.load(List.of(testFile("user-override.yaml")));
        assertThat(actors.resolve("Vitaliy Klitschko", LocalDate.of(2024, 1, 1)))
                .contains(new ResolvedActor("Vitaliy Klitschko", "Vitali Klitschko", "UKR", "GOV", "UKR"));
        assertThat(DEFAULTS.lookup("Vitaliy Klitschko")).isEmpty();
    }

    @Test
    void letsTheUsersNamesWinOverTheShippedOnes() throws URISyntaxException {
        ActorDictionary actors = ActorDictionary.load(List.of(testFile("user-override.yaml")));
        assertThat(actors.find("Congo and Jordan")).extracting(m -> m.entry().id()).containsExactly("COG");
        assertThat(DEFAULTS.find("Congo and Jordan")).extracting(m -> m.entry().id()).containsExactly("COD", "JOR");
    }

    @Test
    void readsTheYamlFilesOfAFolderInNameOrder() throws URISyntaxException {
        ActorDictionary actors = ActorDictionary.load(List.of(testFile("folder")));
        ActorEntry karis = actors.byId("person/alar-karis").orElseThrow();
        assertThat(karis.aliases()).containsExactly("Karis", "President Karis");
        assertThat(karis.offices()).isEmpty();
        assertThat(actors.resolve("Karis", LocalDate.of(2024, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("EST", "GOV");
    }

    @Test
    void acceptsAnEmptyFile() throws IOException {
        Path empty = write("empty.yaml", "# nothing yet\n");
        assertThat(ActorDictionary.load(List.of(empty)).entries()).hasSameSizeAs(DEFAULTS.entries());
    }

    @Test
    void rejectsAPathThatDoesNotExist() {
        Path missing = folder.resolve("missing.yaml");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> ActorDictionary.load(null)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> malformedFiles() {
        String good = "  - id: X1\n    name: Example\n    kind: NGO\n    code: XONE\n";
        return Stream.of(
                Arguments.of("not YAML", "entries:\n  - id: [unclosed\n", ":2:", "not valid YAML"),
                Arguments.of("unknown field", "entries:\n" + good + "    alias: [Ex]\n", ":2: entry 'X1'", "unknown field 'alias'"),
                Arguments.of("unknown kind", "entries:\n  - {id: X2, name: Y, kind: CLUB, code: Y}\n", ":2: entry 'X2'", "unknown kind 'CLUB'"),
                Arguments.of("missing code", "entries:\n" + good + "  - {id: X3, name: Y, kind: NGO}\n", ":6: entry 'X3'", "missing 'code'"),
                Arguments.of("missing id", "- {name: Y, kind: NGO, code: Y}\n", ":1: entry #1", "missing 'id'"),
                Arguments.of("lower-case code", "- {id: X4, name: Y, kind: NGO, code: ngo}\n", "entry 'X4'", "code must be upper-case"),
                Arguments.of("state code", "- {id: X5, name: Y, kind: STATE, code: RUSSIA}\n", "entry 'X5'", "alpha-3"),
                Arguments.of("bad sector", "- {id: X6, name: Y, kind: NGO, code: Y, sector: ARMY}\n", "entry 'X6'", "unknown sector 'ARMY'"),
                Arguments.of("bad date", "- {id: X7, name: Y, kind: PERSON, code: Y, offices: [{title: T, code: Y, start: 2024-13-01}]}\n",
                        "entry 'X7': office #1", "2024-13-01"),
                Arguments.of("end before start", "- {id: X8, name: Y, kind: PERSON, code: Y, offices: [{title: T, code: Y, start: 2024-02-01, end: 2024-01-01}]}\n",
                        "entry 'X8': office #1", "before it starts"),
                Arguments.of("duplicate id", "- {id: X9, name: Y, kind: NGO, code: Y}\n- {id: X9, name: Z, kind: NGO, code: Z}\n",
                        ":2: entry 'X9'", "twice"),
                Arguments.of("alias not text", "- {id: X10, name: Y, kind: NGO, code: Y, aliases: [{a: b}]}\n", "entry 'X10': aliases", "non-blank name"),
                Arguments.of("top-level key", "actors:\n  - {id: X11, name: Y, kind: NGO, code: Y}\n", ":1:", "unknown top-level key 'actors'"),
                Arguments.of("scalar file", "just words\n", ":1:", "expected a list of entries"),
                Arguments.of("entry not a mapping", "entries:\n  - Russia\n", ":2:", "entry #1 must be a mapping"),
                Arguments.of("same alias twice", "- {id: X12, name: Y, kind: NGO, code: Y, aliases: [Samename]}\n"
                        + "- {id: X13, name: Z, kind: NGO, code: Z, aliases: [Samename]}\n", "entry 'X12'", "'Samename' names two actors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void rejectsAMalformedUserFileNamingTheFileLineAndEntry(String label, String content, String where, String reason)
            throws IOException {
        Path file = write("user-actors.yaml", content);
        assertThatThrownBy(() -> ActorDictionary.load(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(where)
                .hasMessageContaining(reason);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path testFile(String name) throws URISyntaxException {
        return Path.of(ActorUserFilesTest.class.getResource(name).toURI());
    }
}
