package org.scosim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A YAML or JSON file read as a tree, with the line and column of every node so that validation errors can point
 * into the file. Reading is safe for files shared by strangers: bounded size, aliases refused, no type information
 * taken from the file, duplicate keys rejected. The file is parsed once: the tree and the locations come from the
 * same pass.
 */
public final class InputTree {
    /** Largest input accepted; scenario and decision files are a few kilobytes. */
    public static final long MAX_BYTES = 1 << 20;

    private final Path file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    /** The file's bytes as parsed (hashed for the experiments' provenance: the hash is of what was read). */
    private final byte[] bytes;

    private InputTree(Path file, JsonNode root, Map<String, int[]> locations, byte[] bytes) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.bytes = bytes;
    }

    /** Feeds the bytes this tree was parsed from to {@code digest}. */
    void digestInto(java.security.MessageDigest digest) {
        digest.update(bytes);
    }

    public Path file() { return file; }
    public JsonNode root() { return root; }

    /** Reads a .yaml, .yml or .json file (other endings are read as YAML, which includes JSON). */
    public static InputTree read(Path file) throws InputException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file, "", Files.exists(file) ? "not a regular file" : "file not found");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file, "", "file is larger than " + MAX_BYTES + " bytes; refusing to read it");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "", "file not found");
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read file: " + e.getMessage());
        }
        ObjectMapper mapper = mapper(file);
        try (LocatingParser p = new LocatingParser(mapper.getFactory().createParser(bytes))) {
            JsonNode root = mapper.readTree(p);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InputException(file, 1, 1, "", "the file is empty; expected a mapping of fields");
            }
            return new InputTree(file, root, p.locations(), bytes);
        } catch (AliasRefusingYamlFactory.RefusedAlias e) {
            throw new InputException(file, e.line, e.column, "", "YAML aliases (*" + e.anchor + ") are not allowed in"
                    + " input files (refusing a possible alias bomb); write the value out, or use 'extends' to share a"
                    + " base");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(file, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), "",
                    "malformed " + (isJson(file) ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read file: " + e.getMessage());
        }
    }

    /** The exception for a problem at a JSON pointer ("/rule/threshold"), shown as a dotted path with location. */
    public InputException error(String pointer, String message) {
        int[] loc = locate(pointer);
        return new InputException(file, loc[0], loc[1], dotted(pointer), message);
    }

    /** Line and column of the node at the pointer or, failing that, of its nearest ancestor. */
    public int[] locate(String pointer) {
        String p = pointer;
        while (true) {
            int[] loc = locations.get(p);
            if (loc != null) return loc;
            if (p.isEmpty()) return new int[]{-1, -1};
            int cut = p.lastIndexOf('/');
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    /** "/states/RUS/gdp" -> "states.RUS.gdp", "/shocks/0/magnitude" -> "shocks[0].magnitude". */
    public static String dotted(String pointer) {
        if (pointer == null || pointer.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) sb.append('[').append(name).append(']');
            else {
                if (sb.length() > 0) sb.append('.');
                sb.append(name);
            }
        }
        return sb.toString();
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".json");
    }

    private static ObjectMapper mapper(Path file) {
        if (isJson(file)) {
            ObjectMapper m = new ObjectMapper();
            m.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return m;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = new AliasRefusingYamlFactory(YAMLFactory.builder().loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        return new ObjectMapper(factory);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
