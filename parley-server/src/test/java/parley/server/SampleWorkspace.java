package parley.server;

import static parley.model.EventType.ACCUSE;
import static parley.model.EventType.AGREE;
import static parley.model.EventType.CONSULT;
import static parley.model.EventType.REJECT;
import static parley.model.EventType.REQUEST;

import java.time.LocalDate;
import java.util.List;
import parley.core.store.EventStore;
import parley.model.CodedArticle;

/**
 * A small workspace written for the tests: ten short reports (our own words) of public events of
 * 2025 in Ukraine and Gaza, coded by hand. It holds an act reported by two outlets (Ukraine's
 * acceptance of the US ceasefire plan), contradicting reports (Russia accepted / rejected the
 * ceasefire on March 18), two outlets giving different numbers for one act (1,000 and 1,200
 * prisoners to be exchanged), a change of stance (Russia on the ceasefire), quotes, and an undated
 * event.
 */
public final class SampleWorkspace {
    private SampleWorkspace() {
    }

    public static List<CodedArticle> articles() {
        return List.of(
                new ArticleBuilder("kp-0312", "kyivpost.com", LocalDate.of(2025, 3, 12), "Kyiv backs US truce plan")
                        .sentence("Ukraine accepted a US proposal for a 30-day ceasefire on March 11.")
                        .event(AGREE, List.of("UKR"), List.of("USA"), List.of("ceasefire"), "2025-03-11", null)
                        .sentence("Russia said it would study the proposal.")
                        .quote("Volodymyr Zelensky", "UKR", "We are ready for peace", "2025-03-11")
                        .build(),
                new ArticleBuilder("wire-0312", "wire.example", LocalDate.of(2025, 3, 12), "Ukraine agrees to month-long truce")
                        .sentence("Kyiv agreed on March 11 to the American plan for a month-long truce.")
                        .event(AGREE, List.of("UKR"), List.of("USA"), List.of("ceasefire"), "2025-03-11", null)
                        .build(),
                new ArticleBuilder("tass-0314", "tass.com", LocalDate.of(2025, 3, 14), "Putin turns down truce")
                        .sentence("Vladimir Putin rejected the ceasefire proposal on March 13, saying it would only help Ukraine regroup.")
                        .event(REJECT, List.of("RUS"), List.of("USA"), List.of("ceasefire"), "2025-03-13", null)
                        .quote("Vladimir Putin", "RUS", "The idea is right, but there are questions", "2025-03-13")
                        .build(),
                new ArticleBuilder("tass-0319", "tass.com", LocalDate.of(2025, 3, 19), "Moscow pauses energy strikes")
                        .sentence("Russia agreed on March 18 to halt strikes on energy infrastructure for 30 days.")
                        .event(AGREE, List.of("RUS"), List.of(), List.of("energy"), "2025-03-18", null)
                        .sentence("Moscow demanded an end to Western military aid to Kyiv.")
                        .event(REQUEST, List.of("RUS"), List.of("USA"), List.of("military_aid"), "2025-03-18", null)
                        .build(),
                new ArticleBuilder("bbc-0319", "bbc.co.uk", LocalDate.of(2025, 3, 19), "Russia rejects full ceasefire")
                        .sentence("Russia rejected a full ceasefire on March 18 but agreed to pause strikes on energy facilities.")
                        .event(REJECT, List.of("RUS"), List.of(), List.of("ceasefire"), "2025-03-18", null)
                        .event(AGREE, List.of("RUS"), List.of(), List.of("energy"), "2025-03-18", null)
                        .build(),
                new ArticleBuilder("ifx-0319", "interfax.example", LocalDate.of(2025, 3, 19), "Russia said to accept truce")
                        .sentence("Russia accepted the US ceasefire proposal on March 18, officials said.")
                        .event(AGREE, List.of("RUS"), List.of("USA"), List.of("ceasefire"), "2025-03-18", null)
                        .build(),
                new ArticleBuilder("aj-0517", "aljazeera.com", LocalDate.of(2025, 5, 17), "Direct talks in Istanbul")
                        .sentence("Russian and Ukrainian delegations met in Istanbul on May 16 for their first direct talks since 2022.")
                        .eventAt(CONSULT, List.of("RUS", "UKR"), List.of("peace_talks"), "2025-05-16", "Istanbul", "TUR")
                        .sentence("The two sides agreed to exchange 1,000 prisoners each.")
                        .event(AGREE, List.of("RUS", "UKR"), List.of(), List.of("prisoners"), "2025-05-16", null)
                        .build(),
                new ArticleBuilder("kp-0517", "kyivpost.com", LocalDate.of(2025, 5, 17), "Prisoner swap agreed")
                        .sentence("Ukraine and Russia agreed in Istanbul on May 16 to swap 1,200 prisoners of war.")
                        .event(AGREE, List.of("UKR", "RUS"), List.of(), List.of("prisoners"), "2025-05-16", null)
                        .quote("Rustem Umerov", "UKR", "Every one of our people must come home", "2025-05-16")
                        .build(),
                new ArticleBuilder("toi-0116", "timesofisrael.com", LocalDate.of(2025, 1, 16), "Gaza deal reached")
                        .sentence("Israel and Hamas agreed on January 15 to a ceasefire and hostage release deal mediated by Qatar.")
                        .event(AGREE, List.of("ISR", "HAMAS"), List.of("QAT"), List.of("ceasefire", "prisoners"), "2025-01-15", null)
                        .build(),
                new ArticleBuilder("undated-1", "blog.example", null, "Truce under strain")
                        .sentence("Hamas accused Israel of violating the truce.")
                        .event(ACCUSE, List.of("HAMAS"), List.of("ISR"), List.of("ceasefire"), null, null)
                        .build());
    }

    /** Stores every sample article. */
    public static void fill(EventStore store) {
        articles().forEach(store::save);
    }
}
