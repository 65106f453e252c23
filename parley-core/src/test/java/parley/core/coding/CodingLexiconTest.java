package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The coding files are checked when they load: every kind of mistake fails with its name. */
class CodingLexiconTest {
    private static final String LEXICON = resource("/parley/coding/lexicon.yaml");
    private static final String TRIGGERS = resource("/parley/coding/triggers.yaml");
    private static final String LAST_PATTERN = "  - name: noun with\n";

    @Test
    void loadsTheShippedFiles() {
        CodingLexicon lexicon = CodingLexicon.parse(LEXICON, TRIGGERS);
        assertThat(lexicon.patterns()).extracting(TriggerPattern::name).contains("verb", "light", "noun");
        assertThat(lexicon.act("verbs", "reject").type()).hasToString("REJECT");
        assertThat(lexicon.version()).isEqualTo(CodingLexicon.loadDefault().version()).startsWith("coding-");
    }

    @Test
    void versionChangesWithAnyEntry() {
        String changed = TRIGGERS.replace("  slam: {type: ACCUSE}\n", "  slam: {type: ACCUSE}\n  upbraid: {type: ACCUSE}\n");
        assertThat(CodingLexicon.parse(LEXICON, changed).version()).isNotEqualTo(CodingLexicon.parse(LEXICON, TRIGGERS).version());
    }

    @Test
    void rejectsUnknownFieldsAndKeys() {
        assertFails(LEXICON, TRIGGERS.replace("  reject: {type: REJECT}", "  reject: {type: REJECT, mood: sad}"),
                "verbs.reject: unknown field 'mood'");
        assertFails(LEXICON, TRIGGERS + "\nrules: []\n", "triggers.yaml: unknown field 'rules'");
        assertFails(LEXICON, TRIGGERS.replace("    shape: nominal\n", "    shape: nominal\n    colour: red\n"),
                "unknown field 'colour'");
        assertFails(LEXICON, TRIGGERS.replace("  reject: {type: REJECT}", "  reject: {type: REFUSE}"),
                "verbs.reject: unknown type 'REFUSE'");
    }

    @Test
    void rejectsDuplicates() {
        assertFails(LEXICON, TRIGGERS.replace("  refuse: {type: REJECT}", "  reject: {type: REJECT}"), "Duplicate field 'reject'");
        assertFails(LEXICON.replace("  intents: [seek, try, attempt, aim]", "  intents: [seek, try, seek, aim]"),
                TRIGGERS, "words.intents lists 'seek' twice");
        assertFails(LEXICON, TRIGGERS.replace("  - name: noun held\n", "  - name: noun\n"), "the name is used twice");
    }

    @Test
    void rejectsUnknownListsTablesChecksAndBindings() {
        assertFails(LEXICON, TRIGGERS.replace("lemma:@captives}\"", "lemma:@prisoners}\""), "unknown word list '@prisoners'");
        assertFails(LEXICON, TRIGGERS.replace("act: verbs.threaten", "act: verbs.glower"), "unknown act 'verbs.glower'");
        assertFails(LEXICON, TRIGGERS.replace("act: light_nouns(object)\n    shape: light\n    examples: [\"The foreign",
                "act: light_nouns(thing)\n    shape: light\n    examples: [\"The foreign"), "unbound token 'thing'");
        assertFails(LEXICON, TRIGGERS.replace("where: [not-prospective]", "where: [not-likely]"), "unknown check 'not-likely'");
        assertFails(LEXICON, TRIGGERS.replace("act: verbs(trigger)", "act: nouns(trigger)"), "unknown act table 'nouns'");
    }

    @Test
    void rejectsPatternsWithoutExamples() {
        assertFails(LEXICON, TRIGGERS.replace("    examples: [\"Erdogan phoned Putin on Tuesday.\"]\n", ""),
                "'phone': a pattern needs at least one example sentence");
    }

    @Test
    void rejectsUnusedAndMissingLists() {
        assertFails(LEXICON.replace("words:\n", "words:\n  spare: [one, two]\n"), TRIGGERS,
                "words.spare is used by no pattern and no stage");
        assertFails(LEXICON.replace("  halts: [", "  stops: ["), TRIGGERS, "words.halts is missing");
    }

    @Test
    void rejectsPatternsThatCanNeverFire() {
        String shadowed = TRIGGERS.replace(LAST_PATTERN, """
                  - name: shadowed phone
                    match: "{pos:VBD; lemma:phone}"
                    act: verbs.accept
                    examples: ["Erdogan phoned Putin."]
                """ + LAST_PATTERN);
        assertFails(LEXICON, shadowed, "pattern 'shadowed phone' can never fire: the earlier pattern 'phone'");
    }

    @Test
    void rejectsTableEntriesThatCanNeverFire() {
        assertFails(LEXICON, TRIGGERS.replace("  talk: {type: CONSULT", "  have: {type: CONSULT"),
                "verbs.have can never fire: pattern 'happening verb' takes the word first");
        assertFails(LEXICON, TRIGGERS.replace("    act: verbs(trigger particle)\n", "    act: none\n"),
                "verbs.rule out: no pattern looks up a phrase in verbs");
    }

    private static void assertFails(String lexicon, String triggers, String message) {
        assertThatThrownBy(() -> CodingLexicon.parse(lexicon, triggers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static String resource(String name) {
        try (InputStream in = CodingLexiconTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
