package parley.core.corroboration;

/**
 * Two incidents that cannot both be true as reported: different outlets say the same actor
 * accepted (AGREE or SUPPORT) and rejected (REJECT) the same thing at the same time.
 *
 * @param accepting the AGREE or SUPPORT incident
 * @param rejecting the REJECT incident
 * @param actorCode the actor both incidents attribute the act to
 * @param reason    one line for a person: who, what, when, and which outlets say which
 */
public record Contradiction(Incident accepting, Incident rejecting, String actorCode, String reason) {
    public Contradiction {
        if (accepting == null || rejecting == null || actorCode == null || actorCode.isBlank()) {
            throw new IllegalArgumentException("a contradiction needs two incidents and an actor code, got "
                    + actorCode);
        }
    }
}
