package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Words for the type of a value in error messages: "a string (\"12\")", "a list", "a mapping". */
public final class InputTypes {
    private InputTypes() {}

    public static String describe(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "nothing";
        if (n.isTextual()) {
            String t = n.asText();
            return "a string (\"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\")";
        }
        if (n.isBoolean()) return "a boolean (" + n.asText() + ")";
        if (n.isIntegralNumber()) return "an integer (" + n.asText() + ")";
        if (n.isNumber()) return "a number (" + n.asText() + ")";
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a mapping";
        return n.getNodeType().toString().toLowerCase();
    }
}
