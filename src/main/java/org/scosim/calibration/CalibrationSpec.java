package org.scosim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.Suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scenario's {@code calibration:} block: which parameters are free and their bounds.
 * <pre>
 * calibration:
 *   free:
 *     largerGdpElasticity: {min: 0.4, max: 1.1}
 * </pre>
 */
public record CalibrationSpec(List<FreeParameter> free) {
    private static final List<String> BLOCK_KEYS = List.of("free");
    private static final List<String> BOUND_KEYS = List.of("min", "max");
    private static final Pattern TOP_LEVEL = Pattern.compile("(?m)^calibration\\s*:");

    public CalibrationSpec {
        free = List.copyOf(free);
    }

    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (FreeParameter f : free) out.add(f.name());
        return out;
    }

    /** Reads and checks the block; an error names the file the block is written in and the field. */
    public static CalibrationSpec of(ResolvedScenario r) throws InputException {
        Path file = fileOf(r);
        JsonNode cal = r.resolved().get("calibration");
        if (cal == null || cal.isNull()) {
            throw new InputException(file, "calibration", "no calibration block: add 'calibration: {free: {NAME: {min: A, max: B}}}'"
                    + " naming the parameters to estimate");
        }
        if (!cal.isObject()) throw new InputException(file, "calibration", "expected a mapping with the key 'free'");
        for (Iterator<String> it = cal.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!BLOCK_KEYS.contains(k)) {
                throw new InputException(file, "calibration." + k, "unknown field" + Suggest.didYouMean(k, BLOCK_KEYS)
                        + "; expected 'free'");
            }
        }
        JsonNode free = cal.get("free");
        if (free == null || !free.isObject() || free.isEmpty()) {
            throw new InputException(file, "calibration.free", "expected a non-empty mapping of parameter names to {min, max}");
        }
        List<FreeParameter> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = free.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String field = "calibration.free." + name;
            if (!ParameterAccess.names().contains(name)) {
                throw new InputException(file, field, "unknown parameter '" + name + "'"
                        + Suggest.didYouMean(name, ParameterAccess.names()) + "; free parameters are names from the parameters block");
            }
            if (!ParameterAccess.realNames().contains(name)) {
                throw new InputException(file, field, "'" + name + "' is an integer parameter; only real-valued parameters can be calibrated");
            }
            JsonNode b = e.getValue();
            if (b == null || !b.isObject()) throw new InputException(file, field, "expected {min: A, max: B}");
            for (Iterator<String> k = b.fieldNames(); k.hasNext(); ) {
                String key = k.next();
                if (!BOUND_KEYS.contains(key)) {
                    throw new InputException(file, field + "." + key, "unknown field" + Suggest.didYouMean(key, BOUND_KEYS)
                            + "; expected min and max");
                }
            }
            double min = bound(b, "min", file, field);
            double max = bound(b, "max", file, field);
            if (!(min < max)) {
                throw new InputException(file, field, "min must be below max, got min " + b.get("min").asText()
                        + " and max " + b.get("max").asText());
            }
            out.add(new FreeParameter(name, min, max));
        }
        return new CalibrationSpec(out);
    }

    private static double bound(JsonNode b, String key, Path file, String field) throws InputException {
        JsonNode v = b.get(key);
        if (v == null) throw new InputException(file, field + "." + key, "missing; expected {min: A, max: B}");
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new InputException(file, field + "." + key, "expected a finite number, got '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    /** The file of the extends-chain that writes the calibration block (the scenario itself if none is found). */
    static Path fileOf(ResolvedScenario r) {
        for (Path p : r.files()) {
            try {
                if (TOP_LEVEL.matcher(Files.readString(p)).find()) return p;
            } catch (IOException | RuntimeException e) {
                // fall through: name the scenario itself
            }
        }
        return r.files().get(0);
    }
}
