package org.scosim.calibration;

import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Reads and sets {@link Parameters} components by name (the names a scenario's {@code parameters:} block uses). */
public final class ParameterAccess {
    private static final RecordComponent[] COMPONENTS = Parameters.class.getRecordComponents();
    private static final Constructor<Parameters> CTOR;

    static {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) types[i] = COMPONENTS[i].getType();
        try {
            CTOR = Parameters.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ParameterAccess() {
    }

    /** Every parameter name, in declaration order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) out.add(c.getName());
        return Collections.unmodifiableList(out);
    }

    /** Names of the real-valued parameters (the ones a continuous optimiser can move). */
    public static List<String> realNames() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) if (c.getType() == double.class) out.add(c.getName());
        return Collections.unmodifiableList(out);
    }

    public static double get(Parameters p, String name) {
        for (RecordComponent c : COMPONENTS) {
            if (c.getName().equals(name)) {
                try {
                    return ((Number) c.getAccessor().invoke(p)).doubleValue();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    /** A copy of {@code base} with the named real-valued parameters replaced. */
    public static Parameters with(Parameters base, Map<String, Double> values) {
        Object[] args = new Object[COMPONENTS.length];
        int found = 0;
        try {
            for (int i = 0; i < COMPONENTS.length; i++) {
                RecordComponent c = COMPONENTS[i];
                Double v = values.get(c.getName());
                if (v != null) {
                    if (c.getType() != double.class) throw new IllegalArgumentException(c.getName() + " is not real-valued");
                    args[i] = v;
                    found++;
                } else {
                    args[i] = c.getAccessor().invoke(base);
                }
            }
            if (found != values.size()) throw new IllegalArgumentException("unknown parameter in " + values.keySet());
            return CTOR.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the scenario with other parameters and, if {@code endYear} is earlier, a shorter period. */
    public static Scenario withParameters(Scenario s, Parameters p, int endYear) {
        return s.withParameters(p, endYear);
    }
}
