package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Where each value of a merged scenario tree was written: in which file of an {@code extends} chain, or by which
 * override. Error messages then point at the line of the file the user has to edit.
 */
final class Origins {
    private final Path mainFile;
    /** JSON pointer -> InputTree or ScenarioOverride. */
    private final Map<String, Object> byPointer = new HashMap<>();

    Origins(Path mainFile) { this.mainFile = mainFile; }

    /** An independent copy, for a variant of the same merged tree. */
    Origins copy() {
        Origins c = new Origins(mainFile);
        c.byPointer.putAll(byPointer);
        return c;
    }

    /** Records that {@code node}, at {@code pointer}, and everything under it came from {@code source}. */
    void mark(String pointer, JsonNode node, Object source) {
        byPointer.keySet().removeIf(p -> p.startsWith(pointer + "/"));
        markTree(pointer, node, source);
    }

    /**
     * As {@link #mark}, where {@code replaced} was the value at {@code pointer} (null: none): only a container had
     * values under the pointer whose sources must go, so a scalar replaced costs no pass over every pointer.
     */
    void mark(String pointer, JsonNode replaced, JsonNode node, Object source) {
        if (replaced != null && replaced.isContainerNode() && !replaced.isEmpty()) {
            mark(pointer, node, source);
        } else {
            markTree(pointer, node, source);
        }
    }

    /** Records the source of one container whose children keep their own sources (a merged mapping). */
    void markOne(String pointer, Object source) { byPointer.put(pointer, source); }

    private void markTree(String pointer, JsonNode node, Object source) {
        byPointer.put(pointer, source);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                markTree(pointer + "/" + escape(e.getKey()), e.getValue(), source);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) markTree(pointer + "/" + i, node.get(i), source);
        }
    }

    /** The file tree or override that wrote the value at the pointer (or, if absent, its nearest ancestor). */
    Object sourceOf(String pointer) {
        String p = pointer;
        while (true) {
            Object s = byPointer.get(p);
            if (s != null || p.isEmpty()) return s;
            int cut = p.lastIndexOf('/');
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    /** The exception for a problem at a JSON pointer of the merged tree, located in the file that wrote it. */
    InputException error(String pointer, String message) {
        Object s = sourceOf(pointer);
        if (s instanceof InputTree t) return t.error(pointer, message);
        if (s instanceof ScenarioOverride o) {
            return new InputException(mainFile, -1, -1, InputTree.dotted(pointer),
                    message + " (set by override '" + o.text() + "')");
        }
        return new InputException(mainFile, InputTree.dotted(pointer), message);
    }

    static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }
}
