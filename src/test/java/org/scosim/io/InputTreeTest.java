package org.scosim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One pass gives the tree and where each node starts; positions below are counted by hand in the texts. */
class InputTreeTest {
    @TempDir
    Path dir;

    private static final String YAML = String.join("\n",
            "name: x",
            "rule:",
            "  threshold: 0.5",
            "list:",
            "  - a",
            "  - {b: 1, c: [2, 3]}",
            "");

    private static final String JSON = String.join("\n",
            "{",
            "  \"name\": \"x\",",
            "  \"rule\": {\"threshold\": 0.5},",
            "  \"list\": [\"a\", {\"b\": 1}]",
            "}",
            "");

    @ParameterizedTest
    @CsvSource({
            "s.yaml, '', 1, 1",
            "s.yaml, /name, 1, 7",
            "s.yaml, /rule, 3, 3",
            "s.yaml, /rule/threshold, 3, 14",
            "s.yaml, /list, 5, 3",
            "s.yaml, /list/0, 5, 5",
            "s.yaml, /list/1, 6, 5",
            "s.yaml, /list/1/b, 6, 9",
            "s.yaml, /list/1/c, 6, 15",
            "s.yaml, /list/1/c/1, 6, 19",
            // Not in the file: the nearest ancestor's place.
            "s.yaml, /rule/quorum, 3, 3",
            "s.yaml, /list/7, 5, 3",
            "s.json, '', 1, 1",
            "s.json, /name, 2, 11",
            "s.json, /rule, 3, 11",
            "s.json, /rule/threshold, 3, 25",
            "s.json, /list, 4, 11",
            "s.json, /list/0, 4, 12",
            "s.json, /list/1, 4, 17",
            "s.json, /list/1/b, 4, 23",
    })
    void nodesArePlacedWhereTheyStart(String file, String pointer, int line, int column) throws Exception {
        InputTree tree = InputTree.read(write(file, file.endsWith(".json") ? JSON : YAML));
        assertArrayEquals(new int[]{line, column}, tree.locate(pointer), file + " " + pointer);
    }

    @Test
    void theTreeIsJacksonsOwnReading() throws Exception {
        ObjectMapper stock = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertEquals(stock.readTree(f.toFile()), InputTree.read(f).root(), f.toString());
        }
        assertEquals(new ObjectMapper().readTree(JSON), InputTree.read(write("s.json", JSON)).root());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a: &x 1\\nb: *x\\n| 2 | 4 | x",
            "a: &x 1\\nb: [1, *x]\\n| 2 | 8 | x",
            "a: &k key\\n*k : 2\\n| 2 | 1 | k",
            "a: &m {p: 1}\\nb:\\n  - q: *m\\n| 3 | 8 | m",
    })
    void everyAliasIsRefusedWhereItStands(String text, int line, int column, String anchor) throws Exception {
        // The table writes a line break as \n.
        Path file = write("a.yaml", text.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> InputTree.read(file));
        assertTrue(e.getMessage().contains("(*" + anchor + ")"), e.getMessage());
        assertTrue(e.userMessage().contains("a.yaml:" + line + ":" + column + ":"), e.userMessage());
    }

    @Test
    void anAnchorAloneIsFine() throws Exception {
        InputTree tree = InputTree.read(write("a.yaml", "a: &x 1\nb: 2\n"));
        assertEquals(1, tree.root().get("a").asInt());
    }

    @Test
    void aSyntaxErrorBeforeAnAliasIsReportedAsSuch() throws Exception {
        Path file = write("a.yaml", "a: [1, 2\nb: *x\n");
        InputException e = assertThrows(InputException.class, () -> InputTree.read(file));
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    }

    @Test
    void everyWayOfSteppingIsSeen() throws Exception {
        String json = "{\"a\": \"x\", \"b\": 2, \"c\": true, \"d\": 3, \"e\": [4, 5], \"f\": 6}";
        try (LocatingParser p = new LocatingParser(new ObjectMapper().createParser(json))) {
            p.nextToken();
            assertEquals("a", p.nextFieldName());
            assertEquals("x", p.nextTextValue());
            assertTrue(p.nextFieldName(new com.fasterxml.jackson.core.io.SerializedString("b")));
            assertEquals(2, p.nextIntValue(-1));
            p.nextFieldName();
            assertEquals(Boolean.TRUE, p.nextBooleanValue());
            p.nextFieldName();
            assertEquals(3L, p.nextLongValue(-1));
            assertEquals(com.fasterxml.jackson.core.JsonToken.START_ARRAY, p.nextValue());
            p.skipChildren();
            assertEquals(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT, p.nextValue());
            // Hand-counted columns of each value in the one-line text.
            int[][] expected = {{1, 7}, {1, 17}, {1, 25}, {1, 36}, {1, 44}, {1, 45}, {1, 48}, {1, 57}};
            String[] pointers = {"/a", "/b", "/c", "/d", "/e", "/e/0", "/e/1", "/f"};
            for (int i = 0; i < pointers.length; i++) {
                assertArrayEquals(expected[i], p.locations().get(pointers[i]), pointers[i]);
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
