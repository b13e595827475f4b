package org.scosim.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every mechanism constant of the model's phases is a named parameter (scenario.ParameterCatalog), not a literal in
 * the code. A source scan of org.scosim.model: comments and strings are dropped, named constants ({@code static final},
 * numeric guards with their reason) are allowed, and so are the few literals that are arithmetic rather than
 * mechanism: 0, 1, 2 and 0.5 as the mean of two values ({@code 0.5 * (}), 100 (the 0-100 scale and per cent), 1000
 * (km per 1000 km).
 */
class NoMechanismLiteralsTest {
    static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_0-9.])(\\d+\\.\\d+|\\d+)(?:[dDfFlL])?(?![A-Za-z_0-9.])");

    static String strip(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    static boolean allowed(String literal, String line, int at) {
        double v = Double.parseDouble(literal);
        if (v == 0 || v == 1 || v == 2 || v == 100 || v == 1000) return true;
        return v == 0.5 && line.startsWith("0.5 * (", at);
    }

    @Test
    void modelPhasesHoldNoMechanismConstants() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/scosim/model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = strip(Files.readString(f)).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if (line.contains("static final") || line.contains("serialVersionUID")) continue;
                    Matcher m = NUMBER.matcher(line);
                    while (m.find()) {
                        if (!allowed(m.group(1), line, m.start())) found.add(f.getFileName() + ": " + line.trim());
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "literals in the model's phases; make them parameters in ParameterCatalog:\n"
                + String.join("\n", found));
    }

    @Test
    void theScanFindsALiteral() {
        String line = strip("double x = 0.37 * y; // 0.99 in a comment\n").split("\n")[0];
        Matcher m = NUMBER.matcher(line);
        assertTrue(m.find() && !allowed(m.group(1), line, m.start()));
        String avg = "double z = 0.5 * (a + b);";
        Matcher n = NUMBER.matcher(avg);
        assertTrue(n.find() && allowed(n.group(1), avg, n.start()));
    }
}
