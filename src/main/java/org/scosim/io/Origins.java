package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a merged scenario tree was written: in which file of an {@code extends} chain, or by which
 * override. Error messages then point at the line of the file the user has to edit.
 */
final class Origins {
    private final Path mainFile;
    /** JSON pointer -> InputTree or ScenarioOverride, as marked here (over the base's, for a variant). */
    private final Map<String, Object> byPointer = new HashMap<>();
    /** A variant's: the origins of the tree it was made from, which it never changes (null for a tree's own). */
    private final Origins base;
    /** A variant's: the pointers whose values it replaced whole, so that the base's sources under them are gone. */
    private final List<String> replacedInBase = new ArrayList<>();

    Origins(Path mainFile) { this(mainFile, null); }

    private Origins(Path mainFile, Origins base) {
        this.mainFile = mainFile;
        this.base = base;
    }

    /**
     * The origins of a variant of the same merged tree: marks go to the variant alone, and the rest is looked up in
     * these, which must not change afterwards. A sweep makes one per design point, so it costs nothing to make.
     */
    Origins variant() { return new Origins(mainFile, this); }

    /** Records that {@code node}, at {@code pointer}, and everything under it came from {@code source}. */
    void mark(String pointer, JsonNode node, Object source) {
        byPointer.keySet().removeIf(p -> p.startsWith(pointer + "/"));
        if (base != null) replacedInBase.add(pointer + "/");
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
            Object s = markedAt(p);
            if (s != null || p.isEmpty()) return s;
            int cut = p.lastIndexOf('/');
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    /** The source marked at exactly this pointer, here or (unless replaced here) in the base; else null. */
    private Object markedAt(String pointer) {
        Object s = byPointer.get(pointer);
        if (s == null && base != null && !replaced(pointer)) s = base.markedAt(pointer);
        return s;
    }

    /** Whether the base's source at the pointer is gone: a value above it was replaced whole in this variant. */
    private boolean replaced(String pointer) {
        for (String r : replacedInBase) if (pointer.startsWith(r)) return true;
        return false;
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
