package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code PATH=VALUE} setting applied to a scenario's merged tree before it is validated, e.g.
 * {@code rule.threshold=0.67}, {@code parameters.trustGainSettlement=0.2}, {@code shocks[0].magnitude=-0.1},
 * {@code states.RUS.gdp.2016=1300}. PATH is a dotted path of field names with {@code [n]} list indexes; VALUE is read
 * as a YAML value ({@code 0.67} is a number, {@code unanimity} a string, {@code [all]} a list, {@code {type: unanimity}}
 * a mapping). Setting {@code rule.type} replaces the whole rule, since a rule's other fields depend on its type.
 *
 * @param path  the dotted path as written
 * @param value the value to set
 * @param text  the setting as the user wrote it, for messages
 */
public record ScenarioOverride(String path, JsonNode value, String text) {
    private static final int MAX_LENGTH = 4096;
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d{1,6}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,6})]");

    /**
     * Reads {@code PATH=VALUE}. Throws IllegalArgumentException with a message for the user when it is malformed
     * (so the method can serve as a picocli type converter).
     */
    public static ScenarioOverride parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) throw new IllegalArgumentException("override is empty or too long");
        int eq = text.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("override '" + text + "': expected PATH=VALUE, e.g. rule.threshold=0.67");
        String path = text.substring(0, eq).trim();
        String raw = text.substring(eq + 1).trim();
        segments(path, text); // checks the syntax
        if (raw.isEmpty()) throw new IllegalArgumentException("override '" + text + "': the value is missing");
        return new ScenarioOverride(path, parseValue(raw, text), text);
    }

    /** The path as a JSON pointer, e.g. {@code shocks[0].magnitude} -> {@code /shocks/0/magnitude}. */
    public String pointer() { return toPointer(path); }

    /** The JSON pointer of a dotted path in this syntax; IllegalArgumentException if malformed. */
    static String toPointer(String dotted) {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments(dotted, dotted)) sb.append('/').append(s);
        return sb.toString();
    }

    /** Field names (String) and list indexes (Integer) along the path. */
    List<Object> segments() { return segments(path, text); }

    private static List<Object> segments(String path, String text) {
        List<Object> out = new ArrayList<>();
        if (path.isEmpty()) throw new IllegalArgumentException("override '" + text + "': the path is empty");
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("override '" + text + "': bad path segment '" + part
                        + "'; expected names separated by dots with optional [n] indexes, e.g. shocks[0].magnitude");
            }
            out.add(m.group(1));
            Matcher ix = INDEX.matcher(m.group(2));
            while (ix.find()) out.add(Integer.valueOf(ix.group(1)));
        }
        return out;
    }

    /** Reads override values; made once, since a sensitivity analysis parses an override per factor and point. */
    private static final ObjectMapper VALUES = values();

    private static ObjectMapper values() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_LENGTH);
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    /** Numbers as a sweep or a sensitivity analysis writes them, which YAML reads as an int or a double. */
    private static final Pattern PLAIN_INT = Pattern.compile("0|-?[1-9]\\d{0,8}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,8})\\.\\d{1,17}");

    /**
     * The value as YAML reads it; plain integers and decimals, the values of design points, without the YAML
     * parser (a sensitivity analysis reads one per factor and point): the same nodes, as ScenarioOverrideTest checks.
     */
    static JsonNode parseValue(String raw, String text) {
        if (PLAIN_DECIMAL.matcher(raw).matches()) return DoubleNode.valueOf(Double.parseDouble(raw));
        if (PLAIN_INT.matcher(raw).matches()) return IntNode.valueOf(Integer.parseInt(raw));
        return parseYaml(raw, text);
    }

    static JsonNode parseYaml(String raw, String text) {
        try {
            JsonNode v = VALUES.readTree(raw);
            if (v == null || v.isMissingNode()) throw new IllegalArgumentException("override '" + text + "': the value is missing");
            return v;
        } catch (IOException e) {
            throw new IllegalArgumentException("override '" + text + "': the value is not valid YAML");
        }
    }
}
