package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ActorDictionaryLoadingTest {
    private final ActorDictionary actors = ActorDictionary.loadDefault();

    @Test
    void loadsTheShippedDictionaryOnceAndSharesIt() {
        assertThat(ActorDictionary.loadDefault()).isSameAs(actors);
        assertThat(ActorDictionary.load(List.of())).isSameAs(actors);
    }

    @Test
    void hasAtLeast190StatesEachWithAnAlpha3Code() {
        List<ActorEntry> states = actors.entries().stream().filter(e -> e.kind() == ActorKind.STATE).toList();
        assertThat(states).hasSizeGreaterThanOrEqualTo(190);
        assertThat(states).allSatisfy(state -> {
            assertThat(state.code()).matches("[A-Z]{3}");
            assertThat(state.id()).isEqualTo(state.code());
            assertThat(state.sector()).isEqualTo("GOV");
        });
        assertThat(states).extracting(ActorEntry::code)
                .contains("RUS", "UKR", "USA", "GBR", "FRA", "DEU", "ISR", "PSE", "IRN", "IND", "PAK", "COD", "RWA",
                        "SDN", "KHM", "THA", "TWN", "XKX");
    }

    @Test
    void givesStatesTheirNamesCapitalsAndAdjectives() {
        ActorEntry russia = actors.byId("RUS").orElseThrow();
        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.aliases()).contains("Russian Federation", "Moscow");
        assertThat(russia.adjectives()).contains("Russian");
        assertThat(actors.byId("UKR").orElseThrow().aliases()).contains("Kyiv", "Kiev");
        assertThat(actors.byId("USA").orElseThrow().name()).isEqualTo("United States");
        assertThat(actors.byId("USA").orElseThrow().aliases())
                .contains("US", "U.S.", "USA", "America", "United States of America", "Washington");
        assertThat(actors.byId("GBR").orElseThrow().aliases()).contains("UK", "Britain", "Great Britain");
        assertThat(actors.byId("PSE").orElseThrow().adjectives()).contains("Palestinian");
        assertThat(actors.byId("COD").orElseThrow().aliases()).contains("DRC", "Democratic Republic of Congo");
        // No two-letter ISO codes: "IN", "IT", "NO" would match ordinary words.
        assertThat(actors.entries()).filteredOn(e -> e.kind() == ActorKind.STATE)
                .flatExtracting(ActorEntry::aliases)
                .filteredOn(alias -> alias.matches("[A-Z]{2}"))
                .containsOnly("US", "UK");
    }

    @Test
    void holdsTheBodiesGroupsAndOrganisationsTheCodebookNames() {
        Map<String, String> codes = Map.ofEntries(Map.entry("body/kremlin", "RUS"), Map.entry("body/pentagon", "USA"),
                Map.entry("body/idf", "ISR"), Map.entry("body/irgc", "IRN"), Map.entry("body/ispr", "PAK"),
                Map.entry("body/taliban", "AFG"), Map.entry("EU", "EU"), Map.entry("EUR", "EUR"),
                Map.entry("NATO", "NATO"), Map.entry("UN", "UN"), Map.entry("OSCE", "OSCE"), Map.entry("IAEA", "IAEA"),
                Map.entry("HAMAS", "HAMAS"), Map.entry("HEZBOLLAH", "HEZBOLLAH"), Map.entry("M23", "M23"),
                Map.entry("RSF", "RSF"), Map.entry("AMAL", "AMAL"), Map.entry("REUTERS", "REUTERS"),
                Map.entry("ISW", "ISW"), Map.entry("HMFF", "HMFF"));
        codes.forEach((id, code) -> assertThat(actors.byId(id)).as(id).get()
                .extracting(ActorEntry::code).isEqualTo(code));
        assertThat(actors.byId("HAMAS").orElseThrow().sector()).isEqualTo("REB");
        assertThat(actors.byId("REUTERS").orElseThrow().kind()).isEqualTo(ActorKind.MEDIA);
        assertThat(actors.byId("ISW").orElseThrow().kind()).isEqualTo(ActorKind.THINK_TANK);
    }

    @Test
    void givesEveryPersonDatedOffices() {
        List<ActorEntry> people = actors.entries().stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(90);
        assertThat(people).allSatisfy(person -> {
            assertThat(person.id()).startsWith("person/");
            assertThat(person.offices()).isNotEmpty();
            assertThat(person.offices()).allSatisfy(office -> assertThat(office.start()).isNotNull());
        });
        assertThat(people).extracting(ActorEntry::name).contains("Vladimir Putin", "Sergey Lavrov",
                "Volodymyr Zelensky", "Donald Trump", "Marco Rubio", "Steve Witkoff", "Emmanuel Macron",
                "Benjamin Netanyahu", "Abbas Araghchi", "Mohammed bin Abdulrahman Al Thani", "Narendra Modi",
                "Hun Manet", "Félix Tshisekedi", "Mohamed Hamdan Dagalo", "Ilham Aliyev", "António Guterres",
                "Rafael Grossi", "Avichay Adraee", "Ahmed Sharif Chaudhry");
    }

    @Test
    void neverGivesOneBareSurnameToTwoPeople() {
        List<ActorEntry> people = actors.entries().stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
        for (ActorEntry person : people) {
            for (String alias : person.aliases()) {
                if (alias.contains(" ")) {
                    continue;
                }
                for (ActorEntry other : people) {
                    if (other != person) {
                        assertThat(lastWord(other.name())).as("'%s' of %s is also %s's surname", alias, person.id(),
                                other.id()).isNotEqualTo(alias);
                    }
                }
            }
        }
        assertThat(actors.lookup("Al Thani")).isEmpty();
        assertThat(actors.lookup("Sharif")).isEmpty();
        assertThat(actors.lookup("Ibrahim")).isEmpty();
        assertThat(actors.lookup("Abbas")).get().extracting(ActorEntry::id).isEqualTo("person/mahmoud-abbas");
        assertThat(actors.lookup("Wagner")).get().extracting(ActorEntry::id).isEqualTo("WAGNER");
    }

    @Test
    void versionIsAContentHashWithTheEntryCount() {
        assertThat(actors.version()).matches("sha256:[0-9a-f]{12};entries=\\d+")
                .endsWith(";entries=" + actors.entries().size());
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        assertThat(actors.entries()).allSatisfy(entry -> assertThat(ids.add(entry.id())).as(entry.id()).isTrue());
    }

    @Test
    void loadsEveryShippedFileAndOnlyThose() throws URISyntaxException, IOException {
        URL states = getClass().getClassLoader().getResource(ActorSources.RESOURCE_FOLDER + "states.yaml");
        assertThat(states).isNotNull();
        Path folder = Path.of(states.toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> yaml = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .collect(Collectors.toSet());
            assertThat(yaml).containsExactlyInAnyOrderElementsOf(ActorSources.DEFAULT_FILES);
        }
    }

    @Test
    void marksTheStatesFileAsGeneratedAndAttributesItsSource() throws IOException {
        assertThat(resource("states.yaml")).startsWith("# GENERATED FILE").contains("world-countries").contains("ODbL");
        assertThat(resource("README.md")).contains("Open Database License").contains("world-countries")
                .contains("## File format").contains("## Adding your own files");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ActorDictionaryLoadingTest.class.getClassLoader()
                .getResourceAsStream(ActorSources.RESOURCE_FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String lastWord(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }
}
