package parley.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.actors.DescriptionLexicon.Qualifier;
import parley.core.actors.DescriptionLexicon.QualifierKind;
import parley.core.actors.DescriptionLexicon.Role;

/**
 * The description grammar: what a mention that is not a name says about its actor.
 *
 * <pre>
 * description := [determiner] (qualifier | owner | role | adjective)* head [name] [post]
 * owner       := name of a state, body, group or person ("German", "Germany", "the Pentagon",
 *                "Hamas", "Putin") | description "'s"
 * head        := role (roles.yaml) | name
 * post        := ("of" | "for" | "from" | "loyal to") description      the owner
 *              | ("in" | "at") description                            where (for civilians, police, courts, ...)
 * </pre>
 *
 * The role gives the sector, the owner the code and the state ("Iranian protesters": IRN, CVL);
 * a role of the opposition gives {@code <ISO3>_OPP}; a role that belongs to something ("army
 * spokesman", "Hamas official", "members of parliament") takes that one's sector; "former" and
 * "retired" make an elite (ELI) of the owner's state; an office names its holder on the date
 * ("the German foreign minister" on 2022-11-15 is Annalena Baerbock). Phrases with no role and
 * no name ("the weather", "a car", "Monday") resolve to nothing. Immutable and thread-safe.
 */
final class ActorDescriptions {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}.]+");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", "nor", "plus", "and/or");
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "for", "from");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "within", "across",
            "outside", "around", "throughout");
    private static final Set<String> OTHER_PREPOSITIONS = Set.of("to", "with", "on", "by", "against", "into",
            "among", "between", "over", "behind", "via", "near", "under", "toward", "towards", "after", "before",
            "during", "like", "than", "as", "who", "which", "that", "whose", "whom", "where", "when");
    /** Sectors of the roles a place names the state of ("protesters in Cairo"). */
    private static final Set<String> PLACED_SECTORS = Set.of("CVL", "COP", "JUD", "LEG", "OPP", "EDU", "REL", "REF",
            "BUS", "MED");
    private static final Set<String> PLACED_GOVERNMENT = Set.of("official", "authority", "government",
            "administration", "governor", "mayor", "police");
    /** Nouns ending in -ing or -ed that are not participles ("a government building"). */
    private static final Set<String> NOT_PARTICIPLES = Set.of("building", "meeting", "wing", "ring", "thing",
            "offering", "briefing", "hearing", "bombing", "shooting", "shelling", "fighting", "uprising", "crossing",
            "housing", "training", "funding", "ruling", "beating", "killing", "warning", "ceiling", "spring",
            "string", "evening", "morning", "opening", "gathering", "landing", "reading", "ceasefire", "bed", "need",
            "speed", "seed", "creed", "feed", "shed", "red", "bloodshed", "hundred", "sled");
    /** Lower-case words inside names ("al-Faisal", "bin Salman", "de Villepin"). */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di",
            "du", "van", "von", "der", "den", "le", "la", "ben", "dos", "das", "del", "y");
    /** Ranks of an office that one person holds ("first vice president"); deputies are many. */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third");
    /** Sectors a role keeps under an owner that is no state ("Hamas supporters" are civilians). */
    private static final Set<String> OWN_SECTORS = Set.of("CVL", "REF", "MED", "REL", "OPP", "ELI");
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "announced", "stated",
            "claimed", "added", "warned", "reported", "is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "did", "does", "do");

    private final DescriptionLexicon lexicon;
    private final ActorMatcher matcher;
    private final MentionIndex mentions;
    private final Map<String, ActorEntry> byId;
    private final OfficeHolders holders;

    ActorDescriptions(DescriptionLexicon lexicon, ActorMatcher matcher, MentionIndex mentions,
                      Map<String, ActorEntry> byId) {
        this.lexicon = lexicon;
        this.matcher = matcher;
        this.mentions = mentions;
        this.byId = Map.copyOf(byId);
        this.holders = new OfficeHolders(byId.values(), this::officesOfTitle);
    }

    /** How a part of the phrase was read. */
    private enum Type { ENTITY, ROLE, QUALIFIER, POSSESSIVE, PREPOSITION, CONJUNCTION, SEPARATOR, PLACE, WORD }

    /**
     * One reading unit: a name the dictionary knows, a role, a qualifier, a small word.
     *
     * @param owns     for a name: whether it may own the description ("US" in "US-backed" may not)
     * @param embedded for a role whose words hold a name ("UN ambassador"): that name's entry
     */
    private record Unit(Type type, int from, int to, ActorMatch match, Role role, Qualifier qualifier,
                        ActorEntry embedded, boolean owns, String text, String key, boolean capitalised,
                        boolean headCapitalised, boolean region) {
        Unit asRegion() {
            return new Unit(type, from, to, match, role, qualifier, embedded, owns, text, key, capitalised,
                    headCapitalised, true);
        }
    }

    /** What kind of owner a description has: the code's state itself, a part of it, or no state. */
    private enum OwnerKind { STATE, STATE_PART, PERSON, NONSTATE }

    /** A partial result while reading: a resolved owner or the whole description. */
    private record Described(String name, String code, String sector, String country, OwnerKind kind, boolean place) {
        Described(String name, String code, String sector, String country, OwnerKind kind) {
            this(name, code, sector, country, kind, false);
        }

        /** A place of a state ("Basra"): where people are, never an actor itself. */
        static Described place(String state) {
            return new Described(null, state, null, state, OwnerKind.STATE, true);
        }

        Described withName(String newName) {
            return new Described(newName, code, sector, country, kind, place);
        }

        Described withSector(String newSector) {
            return new Described(name, code, newSector, country, kind, place);
        }
    }

    /** The words of one phrase and the dictionary names found in it. */
    private record Phrase(List<PhraseToken> tokens, List<Unit> units) {
    }

    /**
     * Resolves a whole mention: a dictionary name first, then the grammar. With a sentence as
     * context, ambiguous names follow it ("Georgian" near "Atlanta") and a description with no
     * state of its own takes the one the sentence gives it ("soldiers" in "Israeli soldiers
     * fired", or the one state the sentence names).
     */
    Optional<ResolvedActor> resolve(String mention, LocalDate date, String context) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        String text = recased(SurfaceForms.collapse(ActorMatcher.normalise(mention)));
        String sentence = context == null || context.isBlank() ? null : SurfaceForms.collapse(ActorMatcher.normalise(context));
        Described described = mentions.lookup(text)
                .map(entry -> entity(entry, text, date, sentence))
                .orElseGet(() -> describe(text, date, sentence, 0));
        if (described != null && described.code() == null && sentence != null) {
            described = fromContext(text, described, date, sentence);
        }
        if (described == null || described.place() || (described.code() == null && described.sector() == null)) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedActor(mention.strip(), described.name(), described.code(), described.sector(),
                described.country()));
    }

    /**
     * A mention written in capitals ("THE GERMAN FOREIGN MINISTER", as wire copy and event data
     * often write them) in the case the dictionary writes its names, every other word in lower
     * case ("the German foreign minister"), so that capitals do not read as names.
     */
    private String recased(String text) {
        if (text.chars().anyMatch(Character::isLowerCase) || text.chars().noneMatch(Character::isUpperCase)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher words = WORD.matcher(text);
        int last = 0;
        while (words.find()) {
            out.append(text, last, words.start());
            String word = words.group();
            String written = mentions.writtenForm(word);
            out.append(written != null && written.length() == word.length() ? written : word.toLowerCase(Locale.ROOT));
            last = words.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** The offices a title of the dictionary names ("Deputy Prime Minister and Minister of Foreign Affairs"). */
    List<String> officesOfTitle(String title) {
        Phrase phrase = parse(SurfaceForms.collapse(ActorMatcher.normalise(title)), false);
        List<String> offices = new ArrayList<>();
        List<Unit> units = phrase.units();
        int from = 0;
        for (int i = 0; i <= units.size(); i++) {
            if (i < units.size() && units.get(i).type() != Type.CONJUNCTION && units.get(i).type() != Type.SEPARATOR) {
                continue;
            }
            String office = officeOf(units, from, i);
            if (office != null) {
                offices.add(office);
            }
            from = i + 1;
        }
        return List.copyOf(offices);
    }

    /** The office named by units [from, to): its head role's office with the ranks before it. */
    private String officeOf(List<Unit> units, int from, int to) {
        int end = to;
        for (int i = from; i < to; i++) {
            if (units.get(i).type() == Type.PREPOSITION) {
                end = i;
                break;
            }
        }
        int head = -1;
        for (int i = from; i < end; i++) {
            if (units.get(i).type() == Type.ROLE) {
                head = i;
            }
        }
        if (head < 0 || units.get(head).role().office() == null) {
            return null;
        }
        return ranks(units, from, head) + units.get(head).role().office();
    }

    private static String ranks(List<Unit> units, int from, int head) {
        StringBuilder ranks = new StringBuilder();
        for (int i = from; i < head; i++) {
            Unit unit = units.get(i);
            if (unit.type() == Type.QUALIFIER && unit.qualifier().kind() == QualifierKind.RANK) {
                ranks.append(unit.qualifier().rank()).append(' ');
            }
        }
        return ranks.toString();
    }

    private Described describe(String text, LocalDate date, String sentence, int depth) {
        Phrase phrase = parse(text, true);
        return interpret(phrase, 0, phrase.units().size(), date, sentence, depth);
    }

    // ------------------------------------------------------------------ reading the words

    private Phrase parse(String text, boolean withNames) {
        List<PhraseToken> tokens = PhraseToken.read(text);
        List<ActorMatch> matches = withNames ? matcher.find(text) : List.of();
        List<int[]> blocked = withNames ? matcher.notActors(text) : List.of();
        List<Unit> units = new ArrayList<>();
        boolean content = false;
        int i = 0;
        while (i < tokens.size()) {
            PhraseToken token = tokens.get(i);
            String key = lexicon.key(token);
            int blockedEnd = blockedEnd(blocked, tokens, i);
            if (blockedEnd > 0) {
                // "Washington state", "the Indian National Congress": a name of no actor, and no description
                units.add(unit(Type.WORD, i, blockedEnd, tokens, null, null, null, null, false));
                content = true;
                i = blockedEnd;
                continue;
            }
            if (token.punctuation()) {
                units.add(unit(Type.SEPARATOR, i, i + 1, tokens, null, null, null, null, false));
                i++;
                continue;
            }
            if (token.possessive()) {
                units.add(unit(Type.POSSESSIVE, i, i + 1, tokens, null, null, null, null, false));
                i++;
                continue;
            }
            ActorMatch match = matchAt(matches, token);
            int entityEnd = match == null ? -1 : tokenAfter(tokens, i, match.end());
            int roleEnd = longest(tokens, i, lexicon::role);
            if (match != null && (roleEnd < 0 || roleEnd <= entityEnd)) {
                units.add(unit(Type.ENTITY, i, entityEnd, tokens, match, null, null, null, owns(tokens, matches, i, entityEnd)));
                content = true;
                i = entityEnd;
                continue;
            }
            if (roleEnd > 0) {
                Qualifier qualifier = lexicon.qualifier(key);
                // "chief negotiator", "a veteran Kenyan official": a qualifier before a role or a name
                boolean qualifies = qualifier != null && roleEnd == i + 1 && i + 1 < tokens.size()
                        && (longest(tokens, i + 1, lexicon::role) > 0 || matchAt(matches, tokens.get(i + 1)) != null);
                boolean negated = token.joined() && i > 0 && lexicon.notOwnerBefore(lexicon.key(tokens.get(i - 1)));
                if (!qualifies && !negated) {
                    Role role = lexicon.role(lexicon.key(tokens, i, roleEnd));
                    ActorEntry embedded = match != null ? match.entry() : embeddedName(matches, tokens, i, roleEnd);
                    units.add(unit(Type.ROLE, i, roleEnd, tokens, null, role, null, embedded, false));
                    content = true;
                    i = roleEnd;
                    continue;
                }
            }
            int regionEnd = longest(tokens, i, lexicon::region);
            ActorEntry regionState = regionEnd > 0 ? byId.get(lexicon.region(lexicon.key(tokens, i, regionEnd))) : null;
            if (regionState != null) {
                // "Chechen rebels", "Tibetan monks": owned by the region's state, never an actor alone
                ActorMatch state = new ActorMatch(token.start(), tokens.get(regionEnd - 1).end(), token.text(), regionState,
                        MentionForm.ADJECTIVE);
                units.add(unit(Type.ENTITY, i, regionEnd, tokens, state, null, null, null,
                        owns(tokens, matches, i, regionEnd)).asRegion());
                content = true;
                i = regionEnd;
                continue;
            }
            int placeEnd = token.capitalised() ? longest(tokens, i, lexicon::place) : -1;
            if (placeEnd > 0) {
                // "Basra", "Aleppo": a city, where people are (places.tsv)
                units.add(unit(Type.PLACE, i, placeEnd, tokens, null, null, null, null, false));
                content = true;
                i = placeEnd;
                continue;
            }
            int qualifierEnd = longest(tokens, i, lexicon::qualifier);
            if (qualifierEnd > 0) {
                units.add(unit(Type.QUALIFIER, i, qualifierEnd, tokens, null, null,
                        lexicon.qualifier(lexicon.key(tokens, i, qualifierEnd)), null, false));
                i = qualifierEnd;
                continue;
            }
            if (!content) {
                int determinerEnd = longest(tokens, i, k -> lexicon.determiner(k) ? Boolean.TRUE : null);
                if (determinerEnd > 0) {
                    i = determinerEnd;
                    continue;
                }
                if (token.number() || (key.equals("of") && i > 0 && units.isEmpty())) {
                    i++; // "400 protesters", "hundreds of protesters"
                    continue;
                }
            }
            int honorificEnd = longest(tokens, i, k -> lexicon.honorific(k) ? Boolean.TRUE : null);
            if (honorificEnd > 0) {
                i = honorificEnd;
                continue;
            }
            Type type = CONJUNCTIONS.contains(key) ? Type.CONJUNCTION
                    : OWNER_PREPOSITIONS.contains(key) || PLACE_PREPOSITIONS.contains(key) || OTHER_PREPOSITIONS.contains(key)
                    || key.equals("loyal") || key.equals("belonging") ? Type.PREPOSITION : Type.WORD;
            units.add(unit(type, i, i + 1, tokens, null, null, null, null, false));
            content = true;
            i++;
        }
        return new Phrase(tokens, units);
    }

    private static Unit unit(Type type, int from, int to, List<PhraseToken> tokens, ActorMatch match, Role role,
                             Qualifier qualifier, ActorEntry embedded, boolean owns) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && !tokens.get(i).possessive()) {
                text.append(tokens.get(i).joined() ? "-" : " ");
            }
            text.append(tokens.get(i).text());
        }
        PhraseToken first = tokens.get(from);
        PhraseToken last = tokens.get(to - 1);
        return new Unit(type, from, to, match, role, qualifier, embedded, owns, text.toString(),
                PhraseToken.fold(text.toString()), first.capitalised(), last.capitalised(), false);
    }

    /** The end (exclusive token index) of the longest phrase starting at {@code from} that {@code lookup} knows. */
    private int longest(List<PhraseToken> tokens, int from, java.util.function.Function<String, ?> lookup) {
        int best = -1;
        int max = Math.min(tokens.size(), from + lexicon.longest());
        for (int to = from + 1; to <= max; to++) {
            PhraseToken last = tokens.get(to - 1);
            if (last.punctuation()) {
                break;
            }
            if (lookup.apply(lexicon.key(tokens, from, to)) != null) {
                best = to;
            }
        }
        return best;
    }

    private static int blockedEnd(List<int[]> blocked, List<PhraseToken> tokens, int i) {
        PhraseToken token = tokens.get(i);
        for (int[] span : blocked) {
            if (span[0] < token.end() && span[1] > token.start()) {
                return tokenAfter(tokens, i, span[1]);
            }
        }
        return -1;
    }

    private static ActorMatch matchAt(List<ActorMatch> matches, PhraseToken token) {
        for (ActorMatch match : matches) {
            if (match.start() >= token.start() && match.start() < token.end()) {
                return match;
            }
        }
        return null;
    }

    private static ActorEntry embeddedName(List<ActorMatch> matches, List<PhraseToken> tokens, int from, int to) {
        for (ActorMatch match : matches) {
            if (match.start() >= tokens.get(from).start() && match.end() <= tokens.get(to - 1).end()) {
                return match.entry();
            }
        }
        return null;
    }

    private static int tokenAfter(List<PhraseToken> tokens, int from, int end) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < end) {
            i++;
        }
        return Math.max(i, from + 1);
    }

    /**
     * Whether a name at tokens [from, to) may own the description: not "US" in "US-backed", not
     * "Russian" in "pro-Russian" or in "Russian-Ukrainian"; "Saudi" in "Saudi-led" does.
     */
    private boolean owns(List<PhraseToken> tokens, List<ActorMatch> matches, int from, int to) {
        if (to < tokens.size() && tokens.get(to).joined()) {
            String next = lexicon.key(tokens.get(to));
            if (lexicon.ownerAfter(next)) {
                return true;
            }
            return false; // "US-backed", "Iranian-made", "Russian-Ukrainian": someone else's
        }
        if (tokens.get(from).joined() && from > 0) {
            PhraseToken before = tokens.get(from - 1);
            return !lexicon.notOwnerBefore(lexicon.key(before)) && matchAt(matches, before) == null;
        }
        return true;
    }

    // ------------------------------------------------------------------ interpreting the units

    private Described interpret(Phrase phrase, int from, int to, LocalDate date, String sentence, int depth) {
        List<Unit> units = phrase.units();
        if (from >= to || depth > 4) {
            return null;
        }
        for (int i = from; i < to; i++) {
            Type type = units.get(i).type();
            if (type == Type.CONJUNCTION && onlyNames(units, from, i)) {
                // "American and British troops": the first name owns the head they share
                int role = i + 1;
                while (role < to && (units.get(role).type() == Type.ENTITY || units.get(role).type() == Type.QUALIFIER)) {
                    role++;
                }
                if (role > i + 1 && role < to && units.get(role).type() == Type.ROLE) {
                    List<Unit> shared = new ArrayList<>(units.subList(from, i));
                    shared.addAll(units.subList(role, to));
                    Described first = interpret(new Phrase(phrase.tokens(), shared), 0, shared.size(), date, sentence,
                            depth + 1);
                    if (first != null && first.code() != null) {
                        return first;
                    }
                }
            }
            if (type == Type.SEPARATOR || type == Type.CONJUNCTION) {
                // "Israeli police and soldiers", "Sameh Shoukry, Egypt's foreign minister": the
                // first part that names a side, or the first part's sector.
                Described first = interpret(phrase, from, i, date, sentence, depth + 1);
                if (first != null && first.code() != null) {
                    return first;
                }
                Described rest = interpret(phrase, i + 1, to, date, sentence, depth + 1);
                if (first == null && rest != null && type == Type.SEPARATOR && rest.name() == null
                        && allCapitalisedWords(units, from, i)) {
                    return rest.withName(text(phrase.tokens(), units.subList(from, i)));
                }
                if (first == null) {
                    return rest;
                }
                return rest != null && rest.code() != null && type == Type.SEPARATOR ? rest : first;
            }
        }
        int post = -1;
        for (int i = from; i < to; i++) {
            if (units.get(i).type() == Type.PREPOSITION) {
                post = i;
                break;
            }
        }
        int headEnd = post >= 0 ? post : to;
        Described after = null;
        String preposition = null;
        if (post >= 0) {
            preposition = units.get(post).key();
            int postFrom = post + 1;
            if ((preposition.equals("loyal") || preposition.equals("belonging")) && postFrom < to
                    && units.get(postFrom).key().equals("to")) {
                postFrom++;
                preposition = "of";
            }
            if (OWNER_PREPOSITIONS.contains(preposition) || PLACE_PREPOSITIONS.contains(preposition)) {
                after = interpret(phrase, postFrom, to, date, sentence, depth + 1);
            }
        }
        int headFrom = from;
        Described possessor = null;
        for (int i = headEnd - 1; i >= from; i--) {
            if (units.get(i).type() == Type.POSSESSIVE) {
                possessor = interpret(phrase, from, i, date, sentence, depth + 1);
                headFrom = i + 1;
                break;
            }
        }
        return head(phrase, headFrom, headEnd, possessor, after, preposition, date, sentence);
    }

    private Described head(Phrase phrase, int from, int to, Described possessor, Described after, String preposition,
                           LocalDate date, String sentence) {
        List<Unit> units = phrase.units();
        int head = -1;
        for (int i = from; i < to; i++) {
            Type type = units.get(i).type();
            if (type == Type.ROLE || (type == Type.ENTITY && units.get(i).owns() && !units.get(i).region())) {
                head = i;
            }
        }
        if (head < 0) {
            // "Basra", "the southern city of Basra": a place, for the description it is the place of
            for (int i = to - 1; i >= from; i--) {
                if (units.get(i).type() == Type.PLACE) {
                    return Described.place(lexicon.place(lexicon.key(phrase.tokens(), units.get(i).from(), units.get(i).to())));
                }
            }
            return after != null && after.place() ? after : null;
        }
        // After the head: a name ("President Hosni Mubarak"), "-elect"; a clause ("protesters
        // demanding ...") ends the description; any other noun means the role was a modifier of
        // something else ("a police car", "the army base").
        List<Unit> name = new ArrayList<>();
        boolean future = false;
        boolean former = false;
        for (int i = head + 1; i < to; i++) {
            Unit unit = units.get(i);
            if (unit.type() == Type.QUALIFIER) {
                future |= unit.qualifier().kind() == QualifierKind.FUTURE;
                former |= unit.qualifier().kind() == QualifierKind.FORMER;
            } else if (unit.type() == Type.WORD && (unit.capitalised() || (!name.isEmpty()
                    && NAME_PARTICLES.contains(unit.key()))) && name.size() < 6) {
                if (units.get(head).type() == Type.ENTITY) {
                    return null; // "the UN Charter", "the Kremlin Palace": a name the dictionary does not know
                }
                name.add(unit); // "Foreign Minister Saud al-Faisal" is a name with a particle
            } else if ((unit.type() == Type.WORD && clause(unit.key())) || unit.type() == Type.PLACE) {
                break;
            } else if (unit.type() == Type.WORD || unit.type() == Type.ENTITY) {
                return null;
            }
        }
        List<Role> modifiers = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        Unit owner = null;
        Unit place = null;
        for (int i = from; i < head; i++) {
            Unit unit = units.get(i);
            switch (unit.type()) {
                case PLACE -> place = unit;
                case QUALIFIER -> {
                    former |= unit.qualifier().kind() == QualifierKind.FORMER;
                    future |= unit.qualifier().kind() == QualifierKind.FUTURE;
                    if (unit.qualifier().kind() == QualifierKind.RANK) {
                        ranks.add(unit.qualifier().rank());
                    }
                }
                case ROLE -> modifiers.add(unit.role());
                case ENTITY -> {
                    if (unit.owns()) {
                        owner = unit;
                    }
                }
                default -> {
                }
            }
        }
        Unit headUnit = units.get(head);
        if (headUnit.type() == Type.ENTITY && headUnit.match().form() == MentionForm.ADJECTIVE && owner != null
                && owner.match().form() == MentionForm.NAME && owner.match().entry().kind() == ActorKind.STATE) {
            // "Kosovo Albanians", "Kosovo Serbs": people of the state named first
            Described state = entity(owner.match().entry(), owner.match().text(), date, sentence);
            return new Described(null, state.code(), state.sector(), state.country(), OwnerKind.STATE_PART);
        }
        if (headUnit.type() == Type.ENTITY) {
            return named(headUnit, modifiers, owner, possessor, ranks, former, date, sentence);
        }
        Role role = headUnit.role();
        for (int i = from; i < head; i++) {
            Unit unit = units.get(i);
            Role joined = unit.type() == Type.QUALIFIER ? lexicon.role(unit.key() + " " + headUnit.key()) : null;
            if (joined != null) {
                role = joined; // "the top US diplomat" is the top diplomat, "the chief Russian negotiator"
            }
        }
        Described owned = owner != null ? entity(owner.match().entry(), owner.match().text(), date, sentence) : null;
        Described by = possessor != null ? possessor : owned;
        if (by == null && after != null && OWNER_PREPOSITIONS.contains(preposition) && !after.place()) {
            by = after;
        }
        boolean placed = (role.sector() != null && PLACED_SECTORS.contains(role.sector()))
                || PLACED_GOVERNMENT.contains(role.phrase());
        if (by == null && after != null && placed && (PLACE_PREPOSITIONS.contains(preposition) || after.place())) {
            by = after.kind() == OwnerKind.NONSTATE ? null : after; // "protesters in Cairo", "police in Basra"
        }
        if (by == null && place != null && placed) {
            by = Described.place(lexicon.place(lexicon.key(phrase.tokens(), place.from(), place.to()))); // "Basra police"
        }
        if (by == null && headUnit.embedded() != null) {
            by = entity(headUnit.embedded(), headUnit.text(), date, sentence); // "the UN ambassador"
        }
        if (by == null && role.ownState() != null) {
            by = entity(byId.get(role.ownState()), role.ownState(), date, sentence); // "the pope"
        }
        if (by == null && headUnit.headCapitalised() && capitalisedWordBefore(units, from, head)) {
            return null; // a name the dictionary does not know: "West Bank", "Soviet Union", "Islamic Courts Union"
        }
        String sector = sector(role, modifiers, by, after, preposition);
        String code = by == null ? null : by.code();
        String country = by == null ? null : by.country();
        if (code != null && sector != null && sector.equals(Sector.OPP.name()) && country != null
                && by.kind() != OwnerKind.NONSTATE) {
            code = country + "_OPP"; // "the Venezuelan opposition" (CODEBOOK section 5)
        }
        if (Sector.IGO.name().equals(sector) && by != null && by.kind() != OwnerKind.NONSTATE) {
            sector = Sector.GOV.name(); // "Russia's UN envoy" acts for Russia
        }
        String person = name.isEmpty() ? null : text(phrase.tokens(), name);
        boolean oneHolder = ranks.stream().allMatch(ORDINALS::contains) || ranks.contains("first");
        if (person == null && !former && !future && oneHolder && role.office() != null && code != null) {
            String office = String.join(" ", ranks) + (ranks.isEmpty() ? "" : " ") + role.office();
            Optional<OfficeHolders.Holder> holder = holders.on(code, office, date);
            if (holder.isPresent()) {
                person = holder.get().person().name();
                if (holder.get().office().sector() != null) {
                    sector = holder.get().office().sector();
                }
            }
        }
        if (former) {
            sector = Sector.ELI.name();
        }
        if (code == null && sector == null) {
            return null;
        }
        OwnerKind kind = by != null && by.kind() == OwnerKind.NONSTATE ? OwnerKind.NONSTATE : OwnerKind.STATE_PART;
        return new Described(person, code, sector, country, kind);
    }

    /** A dictionary name at the head: itself, or the description before it when it holds no office that day. */
    private Described named(Unit head, List<Role> modifiers, Unit owner, Described possessor, List<String> ranks,
                            boolean former, LocalDate date, String sentence) {
        ActorEntry entry = head.match().entry();
        Described self = entity(entry, head.match().text(), date, sentence);
        if (entry.kind() != ActorKind.PERSON) {
            return former ? self.withSector(Sector.ELI.name()) : self;
        }
        if (former) {
            return self.withSector(Sector.ELI.name());
        }
        if (entry.officeOn(date) == null && !modifiers.isEmpty()) {
            // "Chinese Vice President Xi Jinping" before Xi held an office the dictionary lists
            Role role = modifiers.get(modifiers.size() - 1);
            Described by = possessor != null ? possessor
                    : owner != null ? entity(owner.match().entry(), owner.match().text(), date, sentence) : null;
            String code = by != null ? by.code() : self.code();
            String country = by != null ? by.country() : self.country();
            String sector = sector(role, modifiers.subList(0, modifiers.size() - 1), by, null, null);
            return new Described(self.name(), code, sector == null ? self.sector() : sector, country, OwnerKind.PERSON);
        }
        return self;
    }

    /**
     * The sector of a description: the head role's, or for a role that belongs to something the
     * sector of what it belongs to; a decisive role before the head ("rebel soldiers") and a body
     * that is no state's ("UN peacekeepers", "Hamas police") override the head's own.
     */
    private String sector(Role head, List<Role> modifiers, Described by, Described after, String preposition) {
        Role nearest = null;
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            if (modifiers.get(i).sector() != null) {
                nearest = modifiers.get(i);
                break;
            }
        }
        String sector;
        if (head.belonging()) {
            if (nearest != null) {
                sector = nearest.sector();
            } else if (after != null && OWNER_PREPOSITIONS.contains(preposition) && after.sector() != null) {
                sector = after.sector(); // "members of parliament", "the head of the army"
            } else if (by != null && by.kind() != OwnerKind.STATE && by.sector() != null) {
                sector = by.sector(); // "Pentagon spokesman", "Hamas official", "Putin's spokesman"
            } else {
                sector = head.sector();
            }
        } else {
            sector = head.sector();
            if (nearest != null && lexicon.modifierDecides(nearest.sector())) {
                sector = nearest.sector();
            }
        }
        if (by != null && by.kind() == OwnerKind.NONSTATE && by.sector() != null
                && (sector == null || !OWN_SECTORS.contains(sector))) {
            sector = by.sector(); // "UN peacekeepers", "Hamas police", "Amnesty researchers"
        }
        return sector;
    }

    /** A dictionary entry as an owner or a whole actor, with the reading the sentence gives it. */
    private Described entity(ActorEntry entry, String written, LocalDate date, String sentence) {
        ActorEntry read = reading(entry, written, sentence);
        if (read != entry) {
            // "Georgians" beside "Atlanta": people of the US state, not the United States by name
            Described state = entity(read, null, date, null);
            return new Described(null, state.code(), state.sector(), state.country(), OwnerKind.STATE_PART);
        }
        String code = read.codeOn(date);
        String sector = read.sectorOn(date);
        OwnerKind kind = switch (read.kind()) {
            case STATE -> OwnerKind.STATE;
            case STATE_BODY -> OwnerKind.STATE_PART;
            case PERSON -> OwnerKind.PERSON;
            default -> OwnerKind.NONSTATE;
        };
        if (sector == null) {
            sector = switch (read.kind()) {
                case IGO -> Sector.IGO.name();
                case ARMED_GROUP -> Sector.REB.name();
                case MEDIA -> Sector.MED.name();
                case NGO, THINK_TANK -> Sector.NGO.name();
                default -> null;
            };
        }
        return new Described(read.name(), code, sector, countryOf(code, read), kind);
    }

    /** The entry an ambiguous form stands for in this sentence ("Georgian" near "Atlanta" is American). */
    private ActorEntry reading(ActorEntry entry, String written, String sentence) {
        if (sentence == null || written == null) {
            return entry;
        }
        String form = written.strip();
        for (DescriptionLexicon.Reading reading : lexicon.readings()) {
            if (reading.forms().contains(form) && !reading.code().equals(entry.code())) {
                for (String cue : reading.cues()) {
                    if (containsWord(sentence, cue)) {
                        ActorEntry state = byId.get(reading.code());
                        if (state != null) {
                            return state;
                        }
                    }
                }
            }
        }
        return entry;
    }

    /**
     * The state a code belongs to: the code itself for a state, the state of an opposition code
     * ({@code VEN_OPP}), or the home the dictionary gives a group.
     */
    String stateOfPlace(String place) {
        return lexicon.placeOf(place);
    }

    String countryOf(String code, ActorEntry entry) {
        if (code == null) {
            return null;
        }
        ActorEntry coded = byId.get(code);
        if (coded != null && coded.kind() == ActorKind.STATE) {
            return code;
        }
        if (code.endsWith("_OPP")) {
            ActorEntry state = byId.get(code.substring(0, code.length() - 4));
            return state != null && state.kind() == ActorKind.STATE ? state.code() : null;
        }
        if (coded != null && coded.country() != null) {
            return coded.country();
        }
        return entry != null && entry.country() != null && code.equals(entry.code()) ? entry.country() : null;
    }

    // ------------------------------------------------------------------ the sentence around

    /**
     * Completes a description with no state from the sentence: the words right before or after
     * the mention ("Israeli" before "soldiers", "in Cairo" after "protesters"), else the one state
     * the sentence names.
     */
    private Described fromContext(String mention, Described partial, LocalDate date, String sentence) {
        String core = withoutDeterminer(mention);
        int at = indexOfWords(sentence, core);
        if (at >= 0) {
            List<PhraseToken> before = PhraseToken.read(sentence.substring(0, at));
            for (int k = before.size() - 1; k >= 0 && k >= before.size() - 4; k--) {
                PhraseToken token = before.get(k);
                String key = lexicon.key(token);
                if (token.punctuation() || CONJUNCTIONS.contains(key) || SPEECH.contains(key)
                        || OWNER_PREPOSITIONS.contains(key) || PLACE_PREPOSITIONS.contains(key)
                        || OTHER_PREPOSITIONS.contains(key) || participle(key)) {
                    break;
                }
                Described widened = describe(sentence.substring(token.start(), at + core.length()), date, sentence, 1);
                if (widened != null && widened.code() != null && sameSide(partial, widened)) {
                    return widened; // "Israeli soldiers opened fire": the soldiers are Israeli
                }
            }
            String rest = sentence.substring(at + core.length());
            int stop = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                if (",;:.!?".indexOf(rest.charAt(i)) >= 0) {
                    stop = i;
                    break;
                }
            }
            List<PhraseToken> after = PhraseToken.read(rest.substring(0, stop));
            if (!after.isEmpty()) {
                String preposition = lexicon.key(after.get(0));
                if (OWNER_PREPOSITIONS.contains(preposition) || PLACE_PREPOSITIONS.contains(preposition)) {
                    int end = Math.min(after.size(), 6);
                    Described widened = describe(core + " " + rest.substring(0, after.get(end - 1).end()).strip(),
                            date, sentence, 1);
                    if (widened != null && widened.code() != null && sameSide(partial, widened)) {
                        return widened; // "protesters in Cairo"
                    }
                }
            }
        }
        // The one state the sentence names, as the owner of the description ("the foreign minister"
        // in a sentence about Germany is Germany's, and on 2022-11-15 Annalena Baerbock).
        Set<String> countries = new LinkedHashSet<>();
        List<PhraseToken> tokens = PhraseToken.read(sentence);
        List<ActorMatch> matches = matcher.find(sentence);
        for (ActorMatch match : matches) {
            if (at >= 0 && match.start() >= at && match.end() <= at + core.length()) {
                continue;
            }
            int index = tokenIndex(tokens, match.start());
            int end = tokenAfter(tokens, Math.max(index, 0), match.end());
            if (index >= 0 && !owns(tokens, matches, index, end)) {
                continue;
            }
            Described named = entity(match.entry(), match.text(), date, sentence);
            if (named.country() != null) {
                countries.add(named.country());
            }
        }
        // Cities the sentence puts something in ("in Basra", "near the city of Aleppo")
        Phrase read = parse(sentence, true);
        for (int i = 1; i < read.units().size(); i++) {
            Unit unit = read.units().get(i);
            Unit before = read.units().get(i - 1);
            if (unit.type() == Type.PLACE && before.type() == Type.PREPOSITION
                    && (PLACE_PREPOSITIONS.contains(before.key()) || Set.of("of", "from", "near", "to").contains(before.key()))) {
                countries.add(lexicon.place(lexicon.key(read.tokens(), unit.from(), unit.to())));
            }
        }
        if (countries.size() != 1) {
            return partial;
        }
        String country = countries.iterator().next();
        ActorEntry state = byId.get(country);
        if (state != null) {
            Described owned = describe(state.name() + "'s " + core, date, null, 1);
            if (owned != null && owned.code() != null && sameSide(partial, owned)) {
                return owned;
            }
        }
        String code = Sector.OPP.name().equals(partial.sector()) ? country + "_OPP" : country;
        String sector = Sector.IGO.name().equals(partial.sector()) ? Sector.GOV.name() : partial.sector();
        return new Described(partial.name(), code, sector, country, OwnerKind.STATE_PART);
    }

    /** The mention without a leading "the", "a" or "an" (the sentence may put a word between). */
    private static String withoutDeterminer(String mention) {
        String lower = mention.toLowerCase(Locale.ROOT);
        for (String article : List.of("the ", "a ", "an ")) {
            if (lower.startsWith(article) && mention.length() > article.length()) {
                return mention.substring(article.length()).strip();
            }
        }
        return mention;
    }

    private static boolean sameSide(Described partial, Described widened) {
        return partial.sector() == null || partial.sector().equals(widened.sector())
                || Sector.ELI.name().equals(widened.sector());
    }

    private static int tokenIndex(List<PhraseToken> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ small helpers

    private static boolean clause(String key) {
        return participle(key) || Set.of("who", "which", "that", "whose", "whom").contains(key) || SPEECH.contains(key);
    }

    private static boolean participle(String key) {
        if (NOT_PARTICIPLES.contains(key)) {
            return false;
        }
        return (key.endsWith("ing") && key.length() > 5) || (key.endsWith("ed") && key.length() > 4);
    }

    private static boolean onlyNames(List<Unit> units, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (units.get(i).type() != Type.ENTITY || !units.get(i).owns()) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedWordBefore(List<Unit> units, int from, int head) {
        for (int i = from; i < head; i++) {
            if (units.get(i).type() == Type.WORD && units.get(i).capitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalisedWords(List<Unit> units, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (units.get(i).type() != Type.WORD || !units.get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** The words of the units as written: "Saud al-Faisal" keeps its hyphen. */
    private static String text(List<PhraseToken> tokens, List<Unit> units) {
        StringBuilder text = new StringBuilder();
        for (Unit unit : units) {
            if (!text.isEmpty()) {
                text.append(tokens.get(unit.from()).joined() ? "-" : " ");
            }
            text.append(unit.text());
        }
        return text.toString();
    }

    /** Where {@code words} stand in {@code text} as whole words, ignoring case; -1 when absent. */
    private static int indexOfWords(String text, String words) {
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = words.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(wanted, from);
            if (at < 0) {
                return -1;
            }
            int end = at + wanted.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    /** Whether {@code cue} is in {@code text} as whole words; case-insensitively when the cue is lower case. */
    private static boolean containsWord(String text, String cue) {
        boolean anyCase = cue.equals(cue.toLowerCase(Locale.ROOT));
        String haystack = anyCase ? text.toLowerCase(Locale.ROOT) : text;
        int from = 0;
        while (true) {
            int at = haystack.indexOf(cue, from);
            if (at < 0) {
                return false;
            }
            int end = at + cue.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean endOk = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
