package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A checklist of descriptions as the news writes them ("the German foreign minister", "Iranian
 * protesters", "a US destroyer", "retired generals", "the head of the Israeli army", "soldiers" in
 * "Israeli soldiers opened fire") with what {@code actors resolve} must give on each date: the
 * name of the office holder, the code, the sector and the country, or nothing for words that name
 * no actor.
 */
class ActorDescriptionsCheckTest {
    private static final String TABLE = "/parley/core/actors/descriptions-check.tsv";
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*#.*$");

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rows")
    void resolvesEachDescriptionOnItsDateAsExpected(String mention, LocalDate date, String context, Expected expected) {
        Optional<ResolvedActor> resolved = ACTORS.resolve(mention, date, context);
        if (expected == null) {
            assertThat(resolved).as("%s names no actor", mention).isEmpty();
            return;
        }
        assertThat(resolved).as(mention).get()
                .extracting(ResolvedActor::name, ResolvedActor::code, ResolvedActor::sector, ResolvedActor::country)
                .containsExactly(expected.name(), expected.code(), expected.sector(), expected.country());
    }

    @Test
    void theChecklistCoversManyNationalitiesSectorsOfficesAndNonActors() throws IOException {
        List<Object[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
        List<Expected> expected = rows.stream().map(row -> (Expected) row[3]).toList();
        assertThat(expected.stream().filter(e -> e == null).count()).as("non-actors").isGreaterThanOrEqualTo(20);
        Set<String> countries = new HashSet<>();
        expected.stream().filter(e -> e != null && e.country() != null).forEach(e -> countries.add(e.country()));
        assertThat(countries).as("nationalities").hasSizeGreaterThanOrEqualTo(60);
        Set<String> sectors = new HashSet<>();
        expected.stream().filter(e -> e != null && e.sector() != null).forEach(e -> sectors.add(e.sector()));
        assertThat(sectors).as("every sector").containsAll(Arrays.stream(Sector.values()).map(Enum::name).toList());
        Set<LocalDate> officeDates = new HashSet<>();
        rows.stream().filter(row -> row[3] != null && ((Expected) row[3]).name() != null)
                .forEach(row -> officeDates.add((LocalDate) row[1]));
        assertThat(officeDates).as("dates of offices and names").hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows.stream().filter(row -> row[2] != null).count()).as("rows read in a sentence").isGreaterThanOrEqualTo(10);
    }

    static List<Object[]> rows() throws IOException {
        String content;
        try (InputStream in = ActorDescriptionsCheckTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Object[]> rows = new ArrayList<>();
        for (String line : content.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = TAB.split(TRAILING_COMMENT.matcher(line).replaceFirst(""), -1);
            String mention = cells[0].strip();
            LocalDate date = LocalDate.parse(cells[1].strip());
            String name = cell(cells, 2);
            String code = cell(cells, 3);
            String sector = cell(cells, 4);
            String country = cell(cells, 5);
            String context = cell(cells, 6);
            Expected expected = name == null && code == null && sector == null && country == null ? null
                    : new Expected(name, code, sector, country);
            rows.add(new Object[] {mention, date, context, expected});
        }
        return rows;
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length || cells[index].isBlank()) {
            return null;
        }
        return cells[index].strip();
    }

    /** What a description must resolve to; nulls where the row's cell is empty. */
    record Expected(String name, String code, String sector, String country) {
        @Override
        public String toString() {
            return name + " " + code + " " + sector + " " + country;
        }
    }
}
