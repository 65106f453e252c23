package parley.core.actors;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sector of an actor: which part of its state or society acts (CODEBOOK section 5, with the
 * six sectors that descriptions need beside it). Dictionary files and role nouns name sectors by
 * these codes.
 *
 * <pre>{@code
 * Sector.of("COP").meaning();   // "police and other law enforcement: ..."
 * }</pre>
 */
public enum Sector {
    /** The executive: heads of state and government, ministers, ministries, officials, diplomats. */
    GOV("government: heads of state and government, ministers and ministries, officials, diplomats, "
            + "governors, mayors, intelligence services"),
    /** Armed forces of a state, their people and equipment. */
    MIL("military: armed forces, soldiers, officers, defence ministries, warships, warplanes, missiles"),
    /** Parliaments and their members. */
    LEG("legislature: parliaments, assemblies, senates, lawmakers, speakers"),
    /** Courts, judges, prosecutors. */
    JUD("judiciary: courts, judges, prosecutors, lawyers"),
    /** Non-state armed groups and their members. */
    REB("rebels: insurgents, militants, militias, guerrillas, armed groups, gunmen"),
    /** Intergovernmental organisations and their officials. */
    IGO("intergovernmental organisations: the UN, the EU, NATO, the AU and their officials and missions"),
    /** Non-governmental organisations, charities, think tanks. */
    NGO("non-governmental organisations: aid groups, charities, human rights groups, think tanks"),
    /** The press. */
    MED("media: journalists, newspapers, broadcasters, news agencies"),
    /** Companies and business people. */
    BUS("business: companies, banks, business people, investors, merchant ships"),
    /** Civilians. */
    CVL("civilians: residents, citizens, protesters, workers, unions, victims, prisoners"),
    /** Police and other law enforcement. */
    COP("police: police forces and officers, riot police, gendarmes, security forces, law enforcement"),
    /** The organised domestic opposition; its code is {@code <ISO3>_OPP}. */
    OPP("opposition: opposition parties, leaders and movements, dissidents, critics of the government"),
    /** Refugees and displaced people. */
    REF("refugees: refugees, asylum seekers, displaced people, migrants"),
    /** Schools, universities, students and teachers. */
    EDU("education: students, teachers, universities, schools, academics"),
    /** Religious bodies and clergy. */
    REL("religion: clergy, churches, mosques, religious leaders"),
    /** Elites outside office: former and retired officials, elder statesmen. */
    ELI("elites: former and retired office holders, elder statesmen");

    private static final Set<String> CODES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final String meaning;

    Sector(String meaning) {
        this.meaning = meaning;
    }

    /** What the sector covers, for documentation and {@code --help}. */
    public String meaning() {
        return meaning;
    }

    /** Whether {@code code} is one of the sector codes ("GOV", "COP", ...), case-sensitively. */
    public static boolean isSector(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * The sector with this code.
     *
     * @throws IllegalArgumentException naming the code when it is not a sector
     */
    public static Sector of(String code) {
        if (!isSector(code)) {
            throw new IllegalArgumentException("unknown sector '" + code + "' (expected one of "
                    + String.join(", ", codes()) + ")");
        }
        return valueOf(code);
    }

    /** The codes in declaration order. */
    public static java.util.List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
