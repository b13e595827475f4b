package org.scosim.decision;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from an issue's actor names, in the order, to one value each: a decision's votes or gains.
 * Two arrays instead of a hash table, since a simulation builds several such maps for every proposal and mostly reads
 * them by name once; a large issue (more than {@link #SCAN_LIMIT} actors) also gets an index by name. It equals, hashes
 * and prints as any other map of the same entries.
 */
final class ActorMap<V> extends AbstractMap<String, V> implements java.io.Serializable {
    /** Up to this many actors a name is found by scanning the names (faster than hashing it). */
    static final int SCAN_LIMIT = 16;
    private static final long serialVersionUID = 1L;

    /** An issue's actor names in order and, past {@link #SCAN_LIMIT} of them, an index by name: shared by its maps. */
    record Names(String[] names, Map<String, Integer> index) implements java.io.Serializable {
    }

    private final String[] names;
    private final Object[] values;
    private final Map<String, Integer> index;

    private ActorMap(Names names, Object[] values) {
        this.names = names.names();
        this.index = names.index();
        this.values = values;
    }

    /**
     * The actors' names in their order, or null when two share a name (an ill-formed issue, which the maps then hold
     * as a {@link java.util.LinkedHashMap} would: the first position, the last value). {@code byName}: the actors'
     * indices in name order ({@link Decider#nameOrder}), where equal names are neighbours.
     */
    static Names uniqueNames(List<Actor> actors, int[] byName) {
        String[] names = new String[actors.size()];
        for (int i = 0; i < names.length; i++) names[i] = actors.get(i).name();
        for (int k = 1; k < byName.length; k++) if (names[byName[k]].equals(names[byName[k - 1]])) return null;
        if (names.length <= SCAN_LIMIT) return new Names(names, null);
        Map<String, Integer> index = new HashMap<>(2 * names.length);
        for (int i = 0; i < names.length; i++) index.put(names[i], i);
        return new Names(names, index);
    }

    /** {@code values[i]} by the name of actor i; {@code names} from {@link #uniqueNames} (the arrays are kept). */
    static <V> Map<String, V> of(Names names, List<Actor> actors, Object[] values) {
        if (names != null) return new ActorMap<>(names, values);
        Map<String, V> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            @SuppressWarnings("unchecked") V v = (V) values[i];
            m.put(actors.get(i).name(), v);
        }
        return m;
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= names.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
