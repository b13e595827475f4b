package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Short descriptions of tree values for error messages: {@code a string "abc"}, {@code a list}, ... */
final class Describe {
    private Describe() {
    }

    static String of(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "an empty value";
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        if (n.isBoolean()) return "the boolean " + n.asText();
        if (n.isNumber()) return "the number " + n.asText();
        String s = n.asText();
        if (s.length() > 40) s = s.substring(0, 40) + "...";
        return "the text \"" + s + "\"";
    }
}
