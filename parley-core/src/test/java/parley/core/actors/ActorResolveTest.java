package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import parley.model.ActorRef;

class ActorResolveTest {
    private final ActorDictionary actors = ActorDictionary.loadDefault();

    @Test
    void resolvesPutinAsPrimeMinisterIn2009AndPresidentIn2022() {
        assertThat(actors.resolve("Putin", LocalDate.of(2009, 6, 1)))
                .contains(new ResolvedActor("Putin", "Vladimir Putin", "RUS", "GOV", "RUS"));
        ActorEntry putin = actors.lookup("Putin").orElseThrow();
        assertThat(putin.officeOn(LocalDate.of(2009, 6, 1)).title()).isEqualTo("Prime Minister");
        assertThat(putin.officeOn(LocalDate.of(2022, 2, 24)).title()).isEqualTo("President");
        assertThat(putin.officeOn(LocalDate.of(2000, 1, 15)).title()).isEqualTo("Acting President");
        assertThat(putin.officeOn(LocalDate.of(1998, 1, 1))).isNull();
    }

    @Test
    void resolvesTrumpThroughBothTermsAndTheYearsBetween() {
        ActorEntry trump = actors.lookup("Donald Trump").orElseThrow();
        assertThat(actors.resolve("Trump", LocalDate.of(2019, 7, 1)))
                .contains(new ResolvedActor("Trump", "Donald Trump", "USA", "GOV", "USA"));
        assertThat(trump.officeOn(LocalDate.of(2019, 7, 1)).title()).isEqualTo("President");
        // Between the terms: still coded to his state, holding no office: a former office holder (ELI).
        assertThat(actors.resolve("Trump", LocalDate.of(2022, 7, 1)))
                .contains(new ResolvedActor("Trump", "Donald Trump", "USA", "ELI", "USA"));
        // Before his first office he was no office holder at all.
        assertThat(actors.resolve("Trump", LocalDate.of(2010, 7, 1))).get()
                .extracting(ResolvedActor::sector).isNull();
        assertThat(trump.officeOn(LocalDate.of(2022, 7, 1))).isNull();
        assertThat(actors.resolve("Trump", LocalDate.of(2025, 3, 1)))
                .contains(new ResolvedActor("Trump", "Donald Trump", "USA", "GOV", "USA"));
        assertThat(trump.officeOn(LocalDate.of(2025, 1, 20)).start()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void followsPeopleAcrossStatesAndOrganisations() {
        assertThat(actors.resolve("Rutte", LocalDate.of(2020, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("NLD", "GOV");
        assertThat(actors.resolve("Rutte", LocalDate.of(2025, 6, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("NATO", "IGO");
        assertThat(actors.resolve("Hemedti", LocalDate.of(2021, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("SDN", "GOV");
        assertThat(actors.resolve("Hemedti", LocalDate.of(2024, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("RSF", "REB");
        assertThat(actors.resolve("Umerov", LocalDate.of(2024, 1, 1))).get()
                .extracting(ResolvedActor::sector).isEqualTo("MIL");
        assertThat(actors.resolve("Kallas", LocalDate.of(2025, 3, 1))).get()
                .extracting(ResolvedActor::code).isEqualTo("EU");
        assertThat(actors.resolve("Guterres", LocalDate.of(2024, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("UN", "IGO");
    }

    @Test
    void resolvesKremlinToRussia() {
        assertThat(actors.resolve("the Kremlin", LocalDate.of(2025, 5, 16)))
                .contains(new ResolvedActor("the Kremlin", "Kremlin", "RUS", "GOV", "RUS"));
        assertThat(actors.resolve("Kremlin", null)).get().extracting(ResolvedActor::code).isEqualTo("RUS");
    }

    @Test
    void resolvesThePentagonToAmericanMilitary() {
        assertThat(actors.resolve("the Pentagon", LocalDate.of(2025, 1, 1))).get()
                .extracting(ResolvedActor::code, ResolvedActor::sector).containsExactly("USA", "MIL");
    }

    @Test
    void resolvesArmedGroupsToTheirOwnCodes() {
        assertThat(actors.resolve("Hezbollah", LocalDate.of(2024, 11, 27)))
                .contains(new ResolvedActor("Hezbollah", "Hezbollah", "HEZBOLLAH", "REB", "LBN"));
        assertThat(actors.resolve("Ansar Allah", null)).get().extracting(ResolvedActor::code).isEqualTo("HOUTHIS");
        assertThat(actors.resolve("AFC/M23", null)).get().extracting(ResolvedActor::code).isEqualTo("M23");
    }

    @Test
    void resolvesStatesToTheirGovernments() {
        assertThat(actors.resolve("Russia", LocalDate.of(2025, 1, 1)))
                .contains(new ResolvedActor("Russia", "Russia", "RUS", "GOV", "RUS"));
        assertThat(actors.resolve("Moscow", null)).get().extracting(ResolvedActor::code).isEqualTo("RUS");
        assertThat(actors.resolve("European allies", null)).get().extracting(ResolvedActor::code).isEqualTo("EUR");
    }

    @Test
    void looksUpMentionsWhateverTheirCaseAccentsArticleOrPossessive() {
        assertThat(actors.lookup("LAVROV")).get().extracting(ActorEntry::id).isEqualTo("person/sergey-lavrov");
        assertThat(actors.lookup("the Kremlin's")).get().extracting(ActorEntry::id).isEqualTo("body/kremlin");
        assertThat(actors.lookup("  Zelenskyy’s ")).get().extracting(ActorEntry::id)
                .isEqualTo("person/volodymyr-zelensky");
        assertThat(actors.lookup("élysée")).get().extracting(ActorEntry::id).isEqualTo("body/elysee");
        assertThat(actors.lookup("Elysee")).get().extracting(ActorEntry::id).isEqualTo("body/elysee");
        assertThat(actors.lookup("the Guardian")).get().extracting(ActorEntry::id).isEqualTo("GUARDIAN");
        assertThat(actors.lookup("Guardian")).get().extracting(ActorEntry::id).isEqualTo("GUARDIAN");
        assertThat(actors.lookup("Saint John's")).get().extracting(ActorEntry::id).isEqualTo("ATG");
        assertThat(actors.lookup("person/sergey-lavrov")).get().extracting(ActorEntry::name).isEqualTo("Sergey Lavrov");
    }

    @Test
    void findsNothingForUnknownOrBlankMentions() {
        assertThat(actors.lookup("Atlantis")).isEmpty();
        assertThat(actors.lookup("")).isEmpty();
        assertThat(actors.lookup(null)).isEmpty();
        assertThat(actors.resolve("Atlantis", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void resolvesAFoundMatchLikeItsText() {
        ActorMatch match = actors.find("Russian Foreign Minister Sergey Lavrov").get(1);
        assertThat(actors.resolve(match, LocalDate.of(2025, 5, 1)))
                .isEqualTo(new ResolvedActor("Sergey Lavrov", "Sergey Lavrov", "RUS", "GOV", "RUS"));
        assertThatThrownBy(() -> actors.resolve((ActorMatch) null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsToTheModelsActorReference() {
        ResolvedActor peskov = actors.resolve("Peskov", LocalDate.of(2025, 5, 1)).orElseThrow();
        assertThat(peskov.toActorRef()).isEqualTo(new ActorRef("Peskov", "Dmitry Peskov", "RUS", "GOV"));
        assertThatThrownBy(() -> new ResolvedActor("x", "x", " ", null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> new ResolvedActor("x", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code or a sector");
        ResolvedActor soldiers = actors.resolve("soldiers", null).orElseThrow();
        assertThat(soldiers.hasCode()).isFalse();
        assertThatThrownBy(soldiers::toActorRef).isInstanceOf(IllegalStateException.class).hasMessageContaining("MIL");
    }
}
