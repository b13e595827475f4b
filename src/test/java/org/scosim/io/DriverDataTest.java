package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios that take GDP, population and the oil price from data files, and the errors bad files get. */
class DriverDataTest {
    @TempDir
    Path dir;

    static final String DATA = """
            iso3,year,gdp_bn_usd,population
            AAA,2000,10,1000000
            AAA,2001,11,1010000
            AAA,2002,12.5,1020000
            BBB,2000,5,500000
            BBB,2001,,510000
            BBB,2002,6,520000
            """;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** The tiny scenario with GDP and population taken from {@code data/drivers.csv}. */
    Path scenario(String data, String oil) throws IOException {
        write("data/drivers.csv", data);
        if (oil != null) write("data/oil.csv", oil);
        String text = TinyScenario.TEXT
                .replace("    gdp: {2000: 10.0, 2010: 20.0}\n    population: {2000: 1000000}\n", "")
                .replace("    gdp: {2000: 5.0}\n", "")
                .replace("tradeAnchors:", "economy:\n  data: data/drivers.csv\n" + (oil == null ? "" : "  oilPrice: data/oil.csv\n")
                        + "  landlocked: [BBB]\n  contiguous: [[AAA, BBB]]\ntradeAnchors:");
        return write("s.yaml", text);
    }

    @Test
    void statesTakeTheirSeriesFromTheFileAndMissingCellsAreMissingYears() throws Exception {
        Scenario s = ScenarioReader.read(scenario(DATA, "year,brent\n2000,28.5\n2001,24.5\n")).scenario();
        var a = s.states().get(0);
        var b = s.states().get(1);
        assertEquals(12.5, a.gdp().logLinear(2002), 1e-12);
        assertEquals(1010000, a.population().logLinear(2001), 1e-6);
        assertTrue(b.gdp().has(2000) && !b.gdp().has(2001) && b.gdp().has(2002));
        assertEquals(Math.sqrt(5 * 6), b.gdp().logLinear(2001), 1e-12); // log-linear between the observed years
        assertEquals(24.5, s.economy().oilPriceIn(2001), 1e-12);
        assertEquals(24.5, s.economy().oilPriceIn(2009), 1e-12);   // held at the last value beyond the data
        assertTrue(s.economy().contiguous("BBB", "AAA"));
        assertTrue(s.economy().landlocked().contains("BBB"));
    }

    @Test
    void anInlineSeriesWinsOverTheFile() throws Exception {
        Path p = scenario(DATA, null);
        Files.writeString(p, Files.readString(p).replace("    name: Beta\n", "    name: Beta\n    gdp: {2000: 7.0}\n"));
        assertEquals(7.0, ScenarioReader.read(p).scenario().states().get(1).gdp().logLinear(2000), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text in a number cell|BBB,2002,6,520000|BBB,2002,six,520000|drivers.csv:7|gdp_bn_usd|expected a number or an empty cell",
            "negative GDP|BBB,2002,6,520000|BBB,2002,-6,520000|drivers.csv:7|gdp_bn_usd|expected a positive number",
            "year twice|BBB,2002,6,520000|BBB,2001,6,520000|drivers.csv:7|year|given twice",
            "bad year|BBB,2002,6,520000|BBB,20x2,6,520000|drivers.csv:7|year|expected a year",
            "missing column|iso3,year,gdp_bn_usd,population|iso3,year,gdp,population|drivers.csv:1|gdp_bn_usd|missing column",
            "short row|BBB,2002,6,520000|BBB,2002,6|drivers.csv:7||expected 4 cells",
    })
    void badDataFilesNameTheFileTheLineAndTheColumn(String label, String find, String replace, String where,
                                                   String column, String fragment) throws Exception {
        Path p = scenario(DATA.replace(find, replace), null);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p));
        String msg = e.userMessage();
        assertTrue(msg.contains(where), msg);
        if (column != null && !column.isEmpty()) assertTrue(msg.contains("at " + column), msg);
        assertTrue(msg.contains(fragment), msg);
    }

    @Test
    void aMissingDataFileIsNamedWhereTheScenarioNamesIt() throws Exception {
        Path p = scenario(DATA, null);
        Files.writeString(p, Files.readString(p).replace("data/drivers.csv", "data/nowhere.csv"));
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p));
        assertTrue(e.userMessage().contains("s.yaml:") && e.userMessage().contains("at economy.data")
                && e.userMessage().contains("data file not found"), e.userMessage());
    }

    @Test
    void aStateWithoutRowsOrInlineGdpIsToldBoth() throws Exception {
        Path p = scenario(DATA.replace("BBB,2000,5,500000\nBBB,2001,,510000\nBBB,2002,6,520000\n", ""), null);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p));
        assertTrue(e.userMessage().contains("states.BBB.gdp") && e.userMessage().contains("no GDP rows for BBB"), e.userMessage());
    }

    @Test
    void modesOtherThanAddAreForObservedDrivers() throws Exception {
        Path p = scenario(DATA, null);
        Files.writeString(p, Files.readString(p).replace("    kind: gdp\n", "    kind: trade\n    mode: remove\n"));
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(p));
        assertTrue(e.userMessage().contains("shocks[0].mode") && e.userMessage().contains("observed drivers"), e.userMessage());
    }
}
