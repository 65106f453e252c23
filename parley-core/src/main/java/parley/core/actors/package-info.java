/**
 * The actor dictionary: who is who in the news, and the code each act is attributed to
 * (CODEBOOK section 5).
 *
 * <p>This package owns the dictionary data under {@code parley/actors/} (states generated from
 * world-countries, state bodies, IGOs, armed groups, media, think tanks, NGOs and people with
 * dated offices), its loader with user files that override entries by id, the whole-word
 * longest-match finder ({@link parley.core.actors.ActorDictionary#find(String)}) and the
 * resolution of a mention on a date to a name, code and sector. The front door is
 * {@link parley.core.actors.ActorDictionary}; everything in it is immutable and safe to share
 * between threads.
 */
package parley.core.actors;
