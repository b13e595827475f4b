package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SuggestTest {
    static final List<String> FIELDS = List.of("statusQuo", "actors", "rule", "id", "description");

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "statusquo, statusQuo", "statusQou, statusQuo", "actor, actors", "rules, rule", "ID, id",
            "descr, description", "xyzzy, -", "positionn, -"})
    void nearest(String given, String expected) {
        assertEquals(expected, Suggest.nearest(given, FIELDS));
    }

    @Test
    void distanceAndTies() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(1, Suggest.distance("", "a"));
        // equally close: alphabetical, whatever the order of the collection
        assertEquals("bat", Suggest.nearest("cat", List.of("rat", "bat")));
        assertEquals("bat", Suggest.nearest("cat", List.of("bat", "rat")));
        assertEquals("unanimity", Suggest.nearest("unanimty", RuleReader.TYPES));
        assertEquals("qualified-majority", Suggest.nearest("qualified", RuleReader.TYPES));
        assertNull(Suggest.nearest("x", List.of()));
        assertEquals(" (did you mean 'gdp'?)", Suggest.didYouMean("gpd", RuleReader.WEIGHTS));
        assertEquals("", Suggest.didYouMean("wealth", RuleReader.WEIGHTS));
    }
}
