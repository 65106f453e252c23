package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upper and lower case of "i" differ in Turkish: nothing may depend on the default locale. */
class ActorTurkishLocaleTest {
    private Locale saved;

    @BeforeEach
    void useTurkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void readsLowerCaseKindsUnderATurkishLocale(@TempDir Path folder) throws IOException {
        // "igo".toUpperCase() in Turkish is "İGO", which is no ActorKind.
        Path file = Files.writeString(folder.resolve("tr.yaml"),
                "- {id: INTERPOL, name: Interpol, kind: igo, code: INTERPOL, sector: IGO, aliases: [Interpol]}\n"
                        + "- {id: body/mit, name: MIT, kind: state_body, code: TUR, sector: GOV, aliases: [MIT]}\n",
                StandardCharsets.UTF_8);
        ActorDictionary actors = ActorDictionary.load(List.of(file));
        assertThat(actors.byId("INTERPOL")).get().extracting(ActorEntry::kind).isEqualTo(ActorKind.IGO);
        assertThat(actors.byId("body/mit")).get().extracting(ActorEntry::kind).isEqualTo(ActorKind.STATE_BODY);
    }

    @Test
    void findsAndLooksUpNamesWithTheLetterIUnderATurkishLocale(@TempDir Path folder) throws IOException {
        // A fresh dictionary, so that its automaton and indexes are built under the Turkish locale.
        Path file = Files.writeString(folder.resolve("none.yaml"), "entries: []\n", StandardCharsets.UTF_8);
        ActorDictionary actors = ActorDictionary.load(List.of(file));
        assertThat(actors.find("IAEA inspectors, ISIS cells and the IRGC; coalition of the willing"))
                .extracting(m -> m.entry().code()).containsExactly("IAEA", "ISIS", "IRN", "EUR");
        assertThat(actors.find("COALITION OF THE WILLING")).extracting(m -> m.entry().code()).containsExactly("EUR");
        assertThat(actors.lookup("isis")).get().extracting(ActorEntry::id).isEqualTo("ISIS");
        assertThat(actors.lookup("İSİS")).get().extracting(ActorEntry::id).isEqualTo("ISIS");
        assertThat(actors.lookup("iran")).get().extracting(ActorEntry::id).isEqualTo("IRN");
        assertThat(actors.lookup("TÜRKİYE")).get().extracting(ActorEntry::id).isEqualTo("TUR");
    }
}
