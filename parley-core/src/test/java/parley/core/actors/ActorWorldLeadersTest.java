package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The world's leaders in {@code world-leaders.yaml} (with {@code people.yaml}): a table of
 * mentions resolved on dates, every state's head of state or government, and no two holders of
 * one head office at a time.
 */
class ActorWorldLeadersTest {
    private static final String TABLE = "/parley/core/actors/world-leaders-resolve.csv";
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();

    /**
     * Titles that make an office a head of state's or government's. An office counts with the
     * title alone or followed by " of " and the state's name ("Prime Minister of Estonia").
     */
    private static final Set<String> HEAD_TITLES = Set.of("President", "Acting President", "Transitional President",
            "Co-President", "Prime Minister", "Acting Prime Minister", "Interim Prime Minister",
            "Caretaker Prime Minister", "Chancellor", "Acting Chancellor", "Taoiseach", "Premier", "King", "Queen",
            "Emperor", "Emir", "Sultan", "Prince", "Grand Duke", "Co-Prince", "Pope", "Supreme Leader",
            "Head of State", "Head of Government", "Chief Adviser", "Member of the Presidency",
            "Chair of the Council of Ministers", "Chairman of the Cabinet of Ministers",
            "President of the Council of Ministers", "President of the Swiss Confederation",
            "Chairman of the Presidential Council", "Chairman of the Presidential Leadership Council",
            "Chairman of the Transitional Sovereignty Council", "Coordinator of the Transitional Presidential Council");

    /**
     * States without a head of state or government in the dictionary, and why. San Marino's two
     * Captains Regent change every six months, too often for a hand-kept list.
     */
    private static final Map<String, String> NO_HEAD_LISTED = Map.of(
            "SMR", "two Captains Regent, replaced every April and October");

    /** Offices that one person holds at a time in a state; a shared handover day is allowed. */
    private static final Set<String> SINGLE_HOLDER_TITLES = Set.of("President", "Prime Minister", "Chancellor",
            "Taoiseach", "Premier", "King", "Queen", "Emperor", "Emir", "Sultan", "Pope", "Supreme Leader");

    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
    private static final LocalDate CURRENT_FROM = LocalDate.of(2025, 1, 1);

    @ParameterizedTest(name = "{0} on {1} is {2} {3}")
    @CsvFileSource(resources = TABLE)
    void resolvesEachMentionOnItsDateToTheOfficeThenHeld(String mention, LocalDate date, String code, String sector) {
        assertThat(ACTORS.resolve(mention, date)).as(mention).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector)
                .containsExactly(code, sector);
    }

    @Test
    void theTableCoversManyStatesAndBothSidesOfHandovers() throws IOException {
        List<String[]> rows = tableRows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        Set<String> codes = new HashSet<>();
        rows.forEach(row -> codes.add(row[2]));
        assertThat(codes).hasSizeGreaterThanOrEqualTo(150);
        long outOfOffice = rows.stream().filter(row -> row.length < 4 || row[3].isBlank() || row[3].equals("ELI")).count();
        assertThat(outOfOffice).as("rows of people out of office that day").isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyStateHasAHeadOfStateOrGovernmentInOffice() {
        List<ActorEntry> people = ACTORS.entries().stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
        List<String> missing = new ArrayList<>();
        for (ActorEntry state : ACTORS.entries()) {
            if (state.kind() != ActorKind.STATE || NO_HEAD_LISTED.containsKey(state.code())) {
                continue;
            }
            boolean found = people.stream().flatMap(person -> person.offices().stream())
                    .anyMatch(office -> office.code().equals(state.code()) && isHeadTitle(office.title(), state)
                            && (office.end() == null || !office.end().isBefore(CURRENT_FROM)));
            if (!found) {
                missing.add(state.code() + " " + state.name());
            }
        }
        assertThat(missing).as("states with no head of state or government in office since " + CURRENT_FROM)
                .isEmpty();
        assertThat(NO_HEAD_LISTED.keySet()).allSatisfy(code -> assertThat(ACTORS.byId(code)).isPresent());
    }

    @Test
    void neverHasTwoHoldersOfOneHeadOfficeAtOnce() {
        Map<String, List<Holder>> byOffice = new TreeMap<>();
        for (ActorEntry person : ACTORS.entries()) {
            for (Office office : person.offices()) {
                if (SINGLE_HOLDER_TITLES.contains(office.title())) {
                    byOffice.computeIfAbsent(office.code() + " " + office.title(), key -> new ArrayList<>())
                            .add(new Holder(person.id(), office));
                }
            }
        }
        List<String> overlaps = new ArrayList<>();
        byOffice.forEach((key, holders) -> {
            holders.sort(Comparator.comparing(holder -> holder.office().start()));
            for (int i = 1; i < holders.size(); i++) {
                Holder previous = holders.get(i - 1);
                Holder next = holders.get(i);
                LocalDate previousEnd = previous.office().end() == null ? FAR_FUTURE : previous.office().end();
                if (next.office().start().isBefore(previousEnd)) {
                    overlaps.add(key + ": " + previous.id() + " until " + previousEnd + ", " + next.id() + " from "
                            + next.office().start());
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    @Test
    void namesEachCurrentHeadByTheFormsTheNewsUses() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("Lula da Silva", "person/luiz-inacio-lula-da-silva");
        forms.put("Luiz Inacio Lula da Silva", "person/luiz-inacio-lula-da-silva");
        forms.put("Lukashenka", "person/alexander-lukashenko");
        forms.put("Kim Jong-un", "person/kim-jong-un");
        forms.put("William Lai", "person/lai-ching-te");
        forms.put("Jolani", "person/ahmed-al-sharaa");
        forms.put("Pope Leo", "person/leo-xiv");
        forms.put("Tayyip Erdogan", "person/recep-tayyip-erdogan");
        forms.forEach((form, id) -> assertThat(ACTORS.lookup(form)).as(form).get()
                .extracting(ActorEntry::id).isEqualTo(id));
    }

    @Test
    void leavesSharedSurnamesToTheFullNames() {
        for (String shared : List.of("Rasmussen", "Japarov", "Koizumi", "Duterte", "Castro", "Clinton", "Bush",
                "Traoré", "Maïga", "Albanese", "Rajapaksa", "Shinawatra", "Berdimuhamedov", "Kamala")) {
            assertThat(ACTORS.lookup(shared)).as(shared).isEmpty();
        }
        assertThat(ACTORS.lookup("Anders Fogh Rasmussen")).get().extracting(ActorEntry::id)
                .isEqualTo("person/anders-fogh-rasmussen");
        assertThat(ACTORS.lookup("Francesca Albanese")).get().extracting(ActorEntry::code).isEqualTo("UN");
        assertThat(ACTORS.lookup("Anthony Albanese")).get().extracting(ActorEntry::code).isEqualTo("AUS");
    }

    @Test
    void findsLeadersInRunningTextWithoutTheirRelatives() {
        String text = "Kenyan President William Ruto met Jomo Kenyatta's heirs while Michelle Obama spoke; "
                + "Obama and Lula later called Takaichi.";
        assertThat(ACTORS.find(text)).extracting(match -> match.entry().id())
                .containsExactly("KEN", "person/william-ruto", "person/barack-obama",
                        "person/luiz-inacio-lula-da-silva", "person/sanae-takaichi");
    }

    private static boolean isHeadTitle(String title, ActorEntry state) {
        if (HEAD_TITLES.contains(title)) {
            return true;
        }
        int of = title.indexOf(" of ");
        return of > 0 && HEAD_TITLES.contains(title.substring(0, of))
                && title.substring(of + 4).toLowerCase(Locale.ROOT).equals(state.name().toLowerCase(Locale.ROOT));
    }

    private static List<String[]> tableRows() throws IOException {
        try (InputStream in = ActorWorldLeadersTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Pattern comma = Pattern.compile(",", Pattern.LITERAL);
            return content.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> comma.split(line, -1)).toList();
        }
    }

    private record Holder(String id, Office office) {
    }
}
