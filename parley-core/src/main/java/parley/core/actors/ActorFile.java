package parley.core.actors;

import java.util.List;

/**
 * One parsed dictionary file: its entries with the line each starts on, and its "not actor"
 * phrases.
 *
 * @param source    where it came from ("classpath:parley/actors/states.yaml" or a file path)
 * @param sha256    hex SHA-256 of the raw bytes, combined into {@link ActorDictionary#version()}
 * @param entries   the entries in file order
 * @param notActors phrases that name no actor (see not-actors.yaml)
 */
record ActorFile(String source, String sha256, List<LocatedEntry> entries, List<String> notActors) {
    ActorFile {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("actor file needs a source name, got '" + source + "'");
        }
        entries = List.copyOf(entries);
        notActors = List.copyOf(notActors);
    }

    /** An entry and where it was written, so that later errors can point at it. */
    record LocatedEntry(ActorEntry entry, String source, int line) {
        String where() {
            return source + ":" + line + ": entry '" + entry.id() + "'";
        }
    }
}
