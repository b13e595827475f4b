package org.scosim.io;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Refuses YAML aliases ({@code *name}) in every input file. Jackson's YAML parser does not expand them (an alias reads
 * as the anchor's name, a plain string), so an alias would silently stand for the wrong value; and refusing them
 * also refuses every alias bomb. The scan reads parser events only, never building objects.
 */
final class YamlAliases {
    private YamlAliases() {
    }

    static void refuse(Path file, byte[] bytes) throws InputException {
        if (InputTree.isJson(file)) return;
        String text = new String(bytes, StandardCharsets.UTF_8);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputTree.MAX_BYTES);
        try {
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof AliasEvent a) {
                    throw new InputException(file, e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1, "",
                            "YAML aliases (*" + a.getAnchor() + ") are not allowed in input files (refusing a possible"
                                    + " alias bomb); write the value out, or use 'extends' to share a base");
                }
            }
        } catch (YAMLException e) {
            // Malformed YAML: the Jackson parse that follows reports it with its line and column.
        }
    }
}
