package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.scenario.ParameterCatalog;
import org.scosim.scenario.Parameters;

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

    static {
        for (RecordComponent c : Parameters.class.getRecordComponents()) COMPONENTS.put(c.getName(), c);
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
        RecordComponent[] comps = Parameters.class.getRecordComponents();
        Object[] values = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            JsonNode v = Fields.get(node, c.getName());
            String p = Fields.at("/parameters", c.getName());
            if (v == null) values[i] = read(c);
            else if (c.getType() == int.class) {
                ParameterCatalog.Spec spec = ParameterCatalog.get(c.getName());
                values[i] = (int) f.integer(p, v, (long) spec.min(), (long) spec.max(), "a whole number in " + spec.unit());
            }
            else if (c.getType() == double.class) values[i] = f.number(p, v, range(c.getName()));
            else throw new IllegalStateException("unsupported parameter type " + c.getType() + " of " + c.getName());
        }
        try {
            return Parameters.class.getDeclaredConstructor(types).newInstance(values);
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
