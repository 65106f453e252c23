/**
 * The actor dictionary: who is who in the news, and the code each act is attributed to
 * (CODEBOOK section 5).
 *
 * <p>This package owns the dictionary data under {@code parley/actors/} (states generated from
 * world-countries, state bodies, IGOs, armed groups, media, think tanks, NGOs and people with
 * dated offices), its loader with user files that override entries by id, the whole-word
 * longest-match finder ({@link parley.core.actors.ActorDictionary#find(String)}), the description
 * grammar that reads mentions which are no names ("the German foreign minister", "Iranian
 * protesters", "a US destroyer"; role nouns and qualifiers under {@code parley/actors/descriptions/}),
 * the sectors ({@link parley.core.actors.Sector}) and the resolution of a mention on a date to a
 * name, code, sector and country, with the office holder of that day. The front door is
 * {@link parley.core.actors.ActorDictionary}; everything in it is immutable and safe to share
 * between threads.
 */
package parley.core.actors;
