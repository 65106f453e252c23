package parley.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who held an office on a day: every dated office of every person in the dictionary, keyed by the
 * office's code and the office its title names ("Minister of Foreign Affairs" of DEU is the
 * foreign minister of DEU). "The German foreign minister" on 2022-11-15 is the one person holding
 * that office that day, Annalena Baerbock. Immutable.
 */
final class OfficeHolders {
    /** A person in an office. */
    record Holder(ActorEntry person, Office office) {
    }

    private final Map<String, List<Holder>> holders;

    /**
     * @param people        the dictionary's entries (only people's offices are read)
     * @param officesOfTitle the offices a title names, as roles.yaml names them ("foreign minister");
     *                       empty for a title the grammar cannot read
     */
    OfficeHolders(Collection<ActorEntry> people, Function<String, List<String>> officesOfTitle) {
        Map<String, List<Holder>> index = new HashMap<>();
        Map<String, List<String>> titles = new HashMap<>();
        for (ActorEntry person : people) {
            if (person.kind() != ActorKind.PERSON) {
                continue;
            }
            for (Office office : person.offices()) {
                if (office.title() == null) {
                    continue;
                }
                for (String name : titles.computeIfAbsent(office.title(), officesOfTitle)) {
                    index.computeIfAbsent(key(office.code(), name), k -> new ArrayList<>()).add(new Holder(person, office));
                }
            }
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        this.holders = Map.copyOf(index);
    }

    /**
     * The one person holding {@code office} for {@code code} on {@code date} (null means today).
     * On a handover day the incoming holder; when two people hold it at once (two deputy prime
     * ministers), nobody.
     */
    Optional<Holder> on(String code, String office, LocalDate date) {
        List<Holder> all = holders.getOrDefault(key(code, office), List.of());
        Map<String, Holder> holding = new LinkedHashMap<>();
        for (Holder holder : all) {
            if (holder.office().heldOn(date)) {
                holding.putIfAbsent(holder.person().id(), holder);
            }
        }
        if (holding.size() > 1) {
            LocalDate day = date == null ? LocalDate.now() : date;
            holding.values().removeIf(holder -> day.equals(holder.office().end())); // the outgoing one
        }
        return holding.size() == 1 ? Optional.of(holding.values().iterator().next()) : Optional.empty();
    }

    /** How many offices are indexed (for tests and provenance). */
    int size() {
        return holders.values().stream().mapToInt(List::size).sum();
    }

    private static String key(String code, String office) {
        return code + "|" + office;
    }
}
