package parley.core.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the actor dictionary.
 *
 * @param id         stable identifier, e.g. {@code RUS}, {@code person/sergey-lavrov}
 * @param name       canonical name ("Russia", "Sergey Lavrov", "Government of Russia")
 * @param kind       what it names
 * @param code       the code acts are attributed to when no office applies (a person's state)
 * @param sector     default sector, or null
 * @param aliases    names that refer to it as a noun ("Russian Federation", "Lavrov", "Moscow")
 * @param adjectives forms used as modifiers ("Russian", "Ukrainian"); match "the Russian side"
 * @param offices    for people: offices with dates; empty for everything else
 * @param country    the state a body that is not a state's own belongs to or is based in (Hamas:
 *                   PSE, Reuters: GBR), or null; states, their bodies and people take theirs from
 *                   their code
 */
public record ActorEntry(String id, String name, ActorKind kind, String code, String sector,
                         List<String> aliases, List<String> adjectives, List<Office> offices, String country) {
    public ActorEntry {
        if (id == null || id.isBlank() || name == null || kind == null) {
            throw new IllegalArgumentException("actor entry needs id, name and kind, got " + id + ", " + name + ", " + kind);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        offices = offices == null ? List.of() : List.copyOf(offices);
    }

    /** An entry without a country of its own (states, state bodies, people, IGOs). */
    public ActorEntry(String id, String name, ActorKind kind, String code, String sector,
                      List<String> aliases, List<String> adjectives, List<Office> offices) {
        this(id, name, kind, code, sector, aliases, adjectives, offices, null);
    }

    /** The office held on {@code date}, if any (the latest-starting one when several apply). */
    public Office officeOn(LocalDate date) {
        Office best = null;
        for (Office office : offices) {
            if (office.heldOn(date) && (best == null || (office.start() != null
                    && (best.start() == null || office.start().isAfter(best.start()))))) {
                best = office;
            }
        }
        return best;
    }

    /** The code an act by this actor on {@code date} is attributed to, or null when unknown. */
    public String codeOn(LocalDate date) {
        Office office = officeOn(date);
        return office != null ? office.code() : code;
    }

    /**
     * The sector of this actor on {@code date}: the office's; outside every office the entry's own,
     * or ELI for a person who held an office before that day and none on it (a former office
     * holder is one of the elites, CODEBOOK section 5 and {@link Sector#ELI}).
     */
    public String sectorOn(LocalDate date) {
        Office office = officeOn(date);
        if (office != null && office.sector() != null) {
            return office.sector();
        }
        if (office == null && sector == null && heldOfficeBefore(date)) {
            return Sector.ELI.name();
        }
        return sector;
    }

    /** Whether an office of this person ended before {@code date} (an unknown date counts as today). */
    public boolean heldOfficeBefore(LocalDate date) {
        LocalDate day = date == null ? LocalDate.now() : date;
        return offices.stream().anyMatch(office -> office.end() != null && office.end().isBefore(day));
    }
}
