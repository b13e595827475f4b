package org.scosim.decision;

import java.util.List;

/**
 * A proposal on a 0-100 scale (how far cooperation goes) with its status quo and the actors who bargain over it.
 */
public record Issue(String id, double statusQuo, List<Actor> actors) {
    public Issue {
        actors = List.copyOf(actors);
    }
}
