package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a scenario file and the chain of files it {@code extends}, and merges them: mappings key by key
 * (recursively), lists and scalars replaced wholesale; {@code rule} is replaced whole since its fields depend on its
 * type. Then applies overrides. Keeps, per value, the file that wrote it.
 */
final class ScenarioMerge {
    /** Most bases a scenario may have (a extends b extends c ... ). */
    static final int MAX_BASES = 10;

    /** The merged tree (without {@code extends}), where each value came from, the files read and their hash. */
    record Merged(ObjectNode tree, Origins origins, List<Path> files, String sha256, InputTree mainTree, List<InputTree> chain) {
    }

    private ScenarioMerge() {
    }

    /** The file and its bases, merged, without overrides. */
    static Merged load(Path file) throws InputException {
        List<InputTree> chain = chain(file);
        Origins origins = new Origins(file);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (int i = chain.size() - 1; i >= 0; i--) {
            InputTree t = chain.get(i);
            mergeInto(merged, (ObjectNode) t.root(), "", t, origins);
        }
        List<Path> files = chain.stream().map(InputTree::file).collect(Collectors.toList());
        return new Merged(merged, origins, List.copyOf(files), sha256(chain), chain.get(0), List.copyOf(chain));
    }

    /** A copy of {@code base} with the overrides applied in order; {@code base} is left as it was. */
    static Merged variant(Merged base, List<ScenarioOverride> overrides) throws InputException {
        // Copied on write: the mappings and lists on the way to each override are copied, the rest is shared with
        // base, so a variant costs its overrides' paths, and the binder can tell an untouched part by its identity.
        Set<JsonNode> copied = Collections.newSetFromMap(new IdentityHashMap<>());
        ObjectNode root = shallowCopy(base.tree(), copied);
        Merged m = new Merged(root, base.origins().variant(), base.files(), base.sha256(), base.mainTree(), base.chain());
        for (ScenarioOverride o : overrides) apply(root, o, m.origins(), m.mainTree().file(), copied);
        return m;
    }

    /** {@code m} itself with the overrides applied in order, for a scenario read once. */
    static Merged applied(Merged m, List<ScenarioOverride> overrides) throws InputException {
        for (ScenarioOverride o : overrides) apply(m.tree(), o, m.origins(), m.mainTree().file(), null);
        return m;
    }

    /** A new mapping or list holding the same children, remembered in {@code copied}. */
    @SuppressWarnings("unchecked")
    private static <T extends JsonNode> T shallowCopy(T node, Set<JsonNode> copied) {
        JsonNode c;
        if (node instanceof ObjectNode o) {
            ObjectNode n = o.objectNode();
            n.setAll(o);
            c = n;
        } else {
            ArrayNode a = (ArrayNode) node;
            c = a.arrayNode(a.size()).addAll(a);
        }
        copied.add(c);
        return (T) c;
    }

    /**
     * The child to descend into on the way to an override's value: in a variant ({@code copied} not null), a
     * mapping or list shared with the base is first replaced by a copy of its own.
     */
    private static JsonNode own(JsonNode child, Set<JsonNode> copied) {
        if (copied == null || !child.isContainerNode() || copied.contains(child)) return child;
        return shallowCopy(child, copied);
    }

    /** The file, its base, the base's base, ... (each checked to be a mapping). */
    private static List<InputTree> chain(Path file) throws InputException {
        List<InputTree> chain = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        InputTree t = InputTree.read(file);
        while (true) {
            if (!t.root().isObject()) {
                throw t.error("", "expected a mapping of scenario fields at the top level, got " + Describe.of(t.root()));
            }
            chain.add(t);
            seen.add(canonical(t.file()));
            JsonNode ext = t.root().get("extends");
            if (ext == null || ext.isNull()) return chain;
            if (!ext.isTextual() || ext.asText().isBlank()) {
                throw t.error("/extends", "expected the path of a base scenario file, got " + Describe.of(ext));
            }
            Path rel = Path.of(ext.asText());
            if (rel.isAbsolute()) {
                throw t.error("/extends", "the base scenario must be given relative to this file's folder, got " + rel);
            }
            Path parent = t.file().toAbsolutePath().getParent();
            Path base = parent.resolve(rel).normalize();
            Path display = t.file().getParent() == null ? rel : t.file().getParent().resolve(rel).normalize();
            if (seen.contains(canonical(base))) {
                String names = chain.stream().map(x -> x.file().getFileName().toString()).collect(Collectors.joining(" -> "));
                throw t.error("/extends", "extends cycle: " + names + " -> " + base.getFileName());
            }
            if (chain.size() > MAX_BASES) {
                throw t.error("/extends", "extends chain is longer than " + MAX_BASES + " bases");
            }
            if (!Files.isRegularFile(base)) {
                throw t.error("/extends", "base scenario not found: " + display);
            }
            t = InputTree.read(display);
        }
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void mergeInto(ObjectNode target, ObjectNode src, String ptr, InputTree from, Origins origins) {
        origins.markOne(ptr, from);
        for (Iterator<Map.Entry<String, JsonNode>> it = src.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (ptr.isEmpty() && name.equals("extends")) continue;
            String childPtr = ptr + "/" + Origins.escape(name);
            JsonNode existing = target.get(name);
            JsonNode value = e.getValue();
            boolean wholesale = ptr.isEmpty() && name.equals("rule");
            if (existing != null && existing.isObject() && value.isObject() && !wholesale) {
                mergeInto((ObjectNode) existing, (ObjectNode) value, childPtr, from, origins);
            } else {
                target.set(name, value.deepCopy());
                origins.mark(childPtr, value, from);
            }
        }
    }

    /**
     * Sets one override's value in the tree; {@code copied}: in a variant, the containers it owns already (any
     * other on the path is copied first), or null when the whole tree is this scenario's own.
     */
    private static void apply(ObjectNode root, ScenarioOverride o, Origins origins, Path file, Set<JsonNode> copied)
            throws InputException {
        List<Object> segs = o.segments();
        if (segs.size() == 2 && "rule".equals(segs.get(0)) && "type".equals(segs.get(1))) {
            ObjectNode rule = JsonNodeFactory.instance.objectNode();
            rule.set("type", o.value().deepCopy());
            root.set("rule", rule);
            if (copied != null) copied.add(rule);
            origins.mark("/rule", rule, o);
            return;
        }
        JsonNode cur = root;
        String ptr = "";
        for (int i = 0; i < segs.size(); i++) {
            Object seg = segs.get(i);
            boolean last = i == segs.size() - 1;
            if (seg instanceof String key) {
                if (!cur.isObject()) throw overrideError(file, o, "cannot set field '" + key + "': " + where(ptr) + " is " + Describe.of(cur));
                ObjectNode obj = (ObjectNode) cur;
                String next = ptr + "/" + Origins.escape(key);
                if (last) {
                    origins.mark(next, obj.get(key), o.value(), o);
                    obj.set(key, o.value().deepCopy());
                } else {
                    JsonNode child = obj.get(key);
                    if (child == null || child.isNull()) {
                        child = obj.putObject(key);
                        if (copied != null) copied.add(child);
                        origins.markOne(next, o);
                    } else {
                        JsonNode mine = own(child, copied);
                        if (mine != child) obj.set(key, mine);
                        child = mine;
                    }
                    cur = child;
                }
                ptr = next;
            } else {
                int index = (Integer) seg;
                if (!cur.isArray()) throw overrideError(file, o, "cannot take element [" + index + "]: " + where(ptr) + " is " + Describe.of(cur));
                ArrayNode arr = (ArrayNode) cur;
                if (index >= arr.size()) {
                    throw overrideError(file, o, "no element [" + index + "]: " + where(ptr) + " has " + arr.size() + " element(s)");
                }
                String next = ptr + "/" + index;
                if (last) {
                    origins.mark(next, arr.get(index), o.value(), o);
                    arr.set(index, o.value().deepCopy());
                } else {
                    cur = arr.get(index);
                    JsonNode mine = own(cur, copied);
                    if (mine != cur) {
                        arr.set(index, mine);
                        cur = mine;
                    }
                }
                ptr = next;
            }
        }
    }

    private static String where(String ptr) { return ptr.isEmpty() ? "the scenario" : InputTree.dotted(ptr); }

    private static InputException overrideError(Path file, ScenarioOverride o, String message) {
        return new InputException(file, -1, -1, o.path(), "override '" + o.text() + "': " + message);
    }

    /** The SHA-256 of the files' bytes as they were parsed, the file first, then its bases in order. */
    private static String sha256(List<InputTree> chain) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (InputTree t : chain) t.digestInto(md);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
