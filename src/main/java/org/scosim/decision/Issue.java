package org.scosim.decision;

import java.util.List;

/**
 * A proposal on a 0-100 scale (how far cooperation goes) with its status quo and the actors who bargain over it.
 *
 * @param divisible false for proposals nobody can opt out of, such as admitting a new member: under the opt-out rule
 *                  such an issue is decided by the consensus of all members only (no variable geometry)
 */
public record Issue(String id, double statusQuo, List<Actor> actors, boolean divisible) {
    public Issue {
        actors = List.copyOf(actors);
    }

    /** A divisible issue (members may opt out of it under the opt-out rule). */
    public Issue(String id, double statusQuo, List<Actor> actors) {
        this(id, statusQuo, actors, true);
    }
}
