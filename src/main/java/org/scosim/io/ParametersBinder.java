package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.scenario.ParameterCatalog;
import org.scosim.scenario.Parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code parameters:} block: overrides any component of {@link Parameters} by its name, starting from
 * {@link Parameters#DEFAULTS}. Names come from the record itself and ranges from {@link ParameterCatalog}, so a new
 * parameter needs no change here.
 */
final class ParametersBinder {
    private static final Map<String, RecordComponent> COMPONENTS = new LinkedHashMap<>();
    // The record's shape, looked up once: a sensitivity analysis binds a scenario per design point, and reflecting
    // on a record of a hundred components took most of that.
    private static final RecordComponent[] COMPS = Parameters.class.getRecordComponents();
    private static final Class<?>[] TYPES = new Class<?>[COMPS.length];
    private static final String[] POINTERS = new String[COMPS.length];
    private static final Object[] DEFAULTS = new Object[COMPS.length];
    private static final Constructor<Parameters> CONSTRUCTOR;

    static {
        for (int i = 0; i < COMPS.length; i++) {
            RecordComponent c = COMPS[i];
            COMPONENTS.put(c.getName(), c);
            TYPES[i] = c.getType();
            POINTERS[i] = Fields.at("/parameters", c.getName());
            DEFAULTS[i] = read(c);
        }
        try {
            CONSTRUCTOR = Parameters.class.getDeclaredConstructor(TYPES);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParametersBinder() {
    }

    /** The parameter names, in the record's order. */
    static java.util.Set<String> names() { return java.util.Collections.unmodifiableSet(COMPONENTS.keySet()); }

    /** The allowed range of a parameter, from its declaration in {@link ParameterCatalog}. */
    static Fields.Range range(String name) {
        ParameterCatalog.Spec spec = ParameterCatalog.get(name);
        return new Fields.Range(spec.min(), false, spec.max(), false);
    }

    static Parameters bind(Fields f, JsonNode node) throws InputException {
        if (node == null) return Parameters.DEFAULTS;
        f.mapping("/parameters", node);
        f.only("/parameters", node, COMPONENTS.keySet());
        Object[] values = new Object[COMPS.length];
        for (int i = 0; i < COMPS.length; i++) {
            RecordComponent c = COMPS[i];
            JsonNode v = Fields.get(node, c.getName());
            String p = POINTERS[i];
            if (v == null) values[i] = DEFAULTS[i];
            else if (TYPES[i] == int.class) {
                ParameterCatalog.Spec spec = ParameterCatalog.get(c.getName());
                values[i] = (int) f.integer(p, v, (long) spec.min(), (long) spec.max(), "a whole number in " + spec.unit());
            }
            else if (TYPES[i] == double.class) values[i] = f.number(p, v, range(c.getName()));
            else throw new IllegalStateException("unsupported parameter type " + c.getType() + " of " + c.getName());
        }
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (InvocationTargetException e) {
            throw f.error("/parameters", "invalid parameters: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(RecordComponent c) {
        try {
            return c.getAccessor().invoke(Parameters.DEFAULTS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

}
