package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A checklist of mentions as the news writes them (leaders of many states on recent dates and
 * former ones on past dates, ministers, envoys, seats of power, blocs, armed groups, media, think
 * tanks, ambiguous names and phrases that name no actor) and what {@code actors resolve} must give
 * for each on its date: the canonical name, code and sector, or nothing at all.
 */
class ActorMentionsCheckTest {
    private static final String TABLE = "/parley/core/actors/mentions-check.tsv";
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*#.*$");

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rows")
    void resolvesEachMentionOnItsDateAsExpected(String mention, LocalDate date, Expected expected) {
        if (expected == null) {
            assertThat(ACTORS.resolve(mention, date)).as("%s names no actor", mention).isEmpty();
            return;
        }
        assertThat(ACTORS.resolve(mention, date)).as(mention).get()
                .extracting(ResolvedActor::name, ResolvedActor::code, ResolvedActor::sector)
                .containsExactly(expected.name(), expected.code(), expected.sector());
    }

    @Test
    void theChecklistIsLargeAndIncludesMentionsOfNoActor() throws IOException {
        List<Object[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(250);
        assertThat(rows.stream().filter(row -> row[2] == null).count()).isGreaterThanOrEqualTo(10);
        assertThat(rows.stream().filter(row -> row[2] != null && (((Expected) row[2]).sector() == null
                        || "ELI".equals(((Expected) row[2]).sector()))).count())
                .as("people out of office on the date").isGreaterThanOrEqualTo(10);
    }

    static List<Object[]> rows() throws IOException {
        String content;
        try (InputStream in = ActorMentionsCheckTest.class.getResourceAsStream(TABLE)) {
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
            Expected expected = name == null && code == null && sector == null ? null : new Expected(name, code, sector);
            rows.add(new Object[] {mention, date, expected});
        }
        return rows;
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length || cells[index].isBlank()) {
            return null;
        }
        return cells[index].strip();
    }

    /** The name, code and sector (null for none) a mention must resolve to. */
    record Expected(String name, String code, String sector) {
        @Override
        public String toString() {
            return name + " " + code + " " + sector;
        }
    }
}
