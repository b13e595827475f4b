package org.scosim.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decision's map by actor against the LinkedHashMap it replaces, filled in the issue's order (the oracle). */
class ActorMapTest {

    private static List<Actor> actors(int n, boolean duplicate) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = duplicate && i == n - 1 ? "S0" : "S" + ((i * 7) % n);   // not in name order
            out.add(new Actor(name, i, 0.5, 1, true));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} actors")
    @ValueSource(ints = {1, 2, 13, ActorMap.SCAN_LIMIT, ActorMap.SCAN_LIMIT + 1, 400})
    void itIsTheMapOfTheIssuesOrder(int n) {
        for (boolean duplicate : new boolean[]{false, true}) {
            if (duplicate && n < 2) continue;
            List<Actor> actors = actors(n, duplicate);
            Object[] values = new Object[n];
            Map<String, Double> oracle = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                values[i] = i * 0.5;
                oracle.put(actors.get(i).name(), i * 0.5);
            }
            ActorMap.Names names = ActorMap.uniqueNames(actors, Decider.nameOrder(actors));
            assertEquals(duplicate, names == null, "duplicates found");
            Map<String, Double> m = ActorMap.of(names, actors, values);
            assertEquals(oracle, m);
            assertEquals(m, oracle);
            assertEquals(oracle.hashCode(), m.hashCode());
            assertEquals(oracle.toString(), m.toString());
            assertEquals(new ArrayList<>(oracle.keySet()), new ArrayList<>(m.keySet()));
            assertEquals(new ArrayList<>(oracle.values()), new ArrayList<>(m.values()));
            for (String k : oracle.keySet()) {
                assertEquals(oracle.get(k), m.get(k));
                assertTrue(m.containsKey(k));
            }
            assertNull(m.get("nobody"));
            assertFalse(m.containsKey("nobody"));
            assertEquals(-1.0, m.getOrDefault("nobody", -1.0));
        }
    }

    @ParameterizedTest(name = "{0} actors")
    @ValueSource(ints = {3, 40})
    void itCannotBeChanged(int n) {
        List<Actor> actors = actors(n, false);
        Object[] values = new Object[n];
        java.util.Arrays.fill(values, Vote.YES);
        Map<String, Vote> m = ActorMap.of(ActorMap.uniqueNames(actors, Decider.nameOrder(actors)), actors, values);
        assertThrows(UnsupportedOperationException.class, () -> m.put("S0", Vote.NO));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("S0"));
        assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue(Vote.NO));
    }
}
