package parley.core.actors;

/** What an entry of the actor dictionary names. */
public enum ActorKind {
    /** A sovereign state (code = ISO 3166-1 alpha-3). */
    STATE,
    /** A state body or seat of power acting for the state: "the Kremlin", "the Pentagon". */
    STATE_BODY,
    /** An intergovernmental organisation or bloc: EU, NATO, UN, EUR. */
    IGO,
    /** A non-state armed group: HAMAS, HEZBOLLAH, M23, RSF. */
    ARMED_GROUP,
    /** A political party: its own short code (CHP, BJP, LIKUD), its state in {@code country}, no sector of its own. */
    PARTY,
    /** A person; the code follows the office held on the event date. */
    PERSON,
    /** Media, think tanks, NGOs: coded with their own short code, never confused with states. */
    MEDIA,
    THINK_TANK,
    NGO
}
