package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import parley.core.actors.DescriptionLexicon.QualifierKind;
import parley.core.actors.DescriptionLexicon.Role;

/**
 * Every role noun and every qualifier of the description files, one by one, in a plain frame:
 * "Kenyan X" must be Kenya's with X's sector, "a former Kenyan minister" an elite of Kenya, and no
 * combination of the words may throw.
 */
class ActorDescriptionWordsTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final DescriptionLexicon WORDS = DescriptionLexicon.shipped();
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    static Stream<Arguments> roleForms() {
        Map<String, Role> sorted = new TreeMap<>(WORDS.roles());
        return sorted.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "Kenyan {0}")
    @MethodSource("roleForms")
    void everyRoleNounOwnedByAStateTakesItsCodeAndTheRolesSector(String form, Role role) {
        Optional<ResolvedActor> resolved = ACTORS.resolve("Kenyan " + form, DAY);
        String sector = Sector.IGO.name().equals(role.sector()) ? Sector.GOV.name() : role.sector();
        String code = Sector.OPP.name().equals(sector) ? "KEN_OPP" : "KEN";
        assertThat(resolved).as(form).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector, ResolvedActor::country)
                .containsExactly(code, sector, "KEN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roleForms")
    void everyRoleNounAloneHasItsSectorAndNoState(String form, Role role) {
        Optional<ResolvedActor> resolved = ACTORS.resolve("the " + form, DAY);
        if (role.sector() == null) {
            assertThat(resolved).as(form).isEmpty();
            return;
        }
        if (ACTORS.lookup(form).isPresent()) {
            return; // "congress", "state department", "house of commons": names in the dictionary
        }
        String sector = resolved.get().name() == null ? role.sector()
                : ACTORS.lookup(resolved.get().name()).orElseThrow().sectorOn(DAY); // the office holder's ("the pope")
        assertThat(resolved).as(form).get().extracting(ResolvedActor::sector).isEqualTo(sector);
        if (role.ownState() == null && !form.contains("un ") && !form.startsWith("un") && !form.endsWith(" un")
                && !form.contains("united nations")) {
            assertThat(resolved.get().code()).as(form).isNull();
        }
    }

    static Stream<Arguments> qualifiers() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<String, DescriptionLexicon.Qualifier> entry : new TreeMap<>(qualifierMap()).entrySet()) {
            all.add(Arguments.of(entry.getKey(), entry.getValue().kind()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("qualifiers")
    void everyQualifierDoesWhatItsListSays(String qualifier, QualifierKind kind) {
        switch (kind) {
            case FORMER -> assertThat(ACTORS.resolve("a " + qualifier + " Kenyan minister", DAY)).as(qualifier).get()
                    .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("KEN", "ELI");
            case FUTURE -> assertThat(ACTORS.resolve("the " + qualifier + " Kenyan president", DAY)).as(qualifier).get()
                    .extracting(ResolvedActor::name, ResolvedActor::code, ResolvedActor::sector)
                    .containsExactly(null, "KEN", "GOV");
            case RANK -> assertThat(ACTORS.resolve("the Kenyan " + qualifier + " foreign minister", DAY)).as(qualifier).get()
                    .extracting(ResolvedActor::name, ResolvedActor::code, ResolvedActor::sector)
                    .containsExactly(null, "KEN", "GOV");
            case NEUTRAL -> assertThat(ACTORS.resolve("a " + qualifier + " Kenyan official", DAY)).as(qualifier).get()
                    .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("KEN", "GOV");
        }
    }

    @Test
    void theOfficeOfTheCurrentHolderIsNamedAndNotThatOfAFutureOrFormerOne() {
        assertThat(ACTORS.resolve("the Kenyan president", DAY)).get().extracting(ResolvedActor::name)
                .isEqualTo("William Ruto");
        assertThat(ACTORS.resolve("the former Kenyan president", DAY)).get().extracting(ResolvedActor::name)
                .isNull();
    }

    @Test
    void noCombinationOfTheWordsThrows() {
        List<String> forms = new ArrayList<>(new TreeMap<>(WORDS.roles()).keySet());
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            String form = forms.get(i);
            String other = forms.get((i * 7 + 3) % forms.size());
            phrases.add("the warring " + form + " in Sudan");
            phrases.add(form + " of the " + other);
            phrases.add(form + "'s " + other);
            phrases.add("pro-" + form + " " + other + "-backed");
            phrases.add("former " + form + ", " + other + " and Hamas");
            phrases.add(form + " loyal to");
            phrases.add("'s " + form + " of");
        }
        for (String qualifier : qualifierMap().keySet()) {
            phrases.add(qualifier);
            phrases.add(qualifier + " of " + qualifier);
        }
        phrases.addAll(List.of("", " ", "'s", "of", ",", "the", "the the", "-", "---", "U.S.", "'", "\"\"", "(", "Mr",
                "İstanbul police", "ısparta", "\u00A0police\u2019s\u00A0chief", "Гос police", "Gen.", "Lt. Gen.", "PM's",
                "x".repeat(10_000), "police ".repeat(2_000)));
        for (String phrase : phrases) {
            assertThatCode(() -> ACTORS.resolve(phrase, DAY, phrase + " in Cairo and Atlanta")).as(phrase)
                    .doesNotThrowAnyException();
        }
    }

    private static Map<String, DescriptionLexicon.Qualifier> qualifierMap() {
        return WORDS.qualifiers();
    }
}
