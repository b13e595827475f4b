package org.scosim.output.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.decision.DecisionRule;
import org.scosim.output.Layout;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.SeriesStats;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Series;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.TrustSpec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotsTest {
    static final int START = 1996, END = 2016, REPS = 20;
    static final List<String> ALL_CHARTS = List.of(Plots.INTRA_SCO_TRADE, Plots.CHINA_TRADE_VS_TABLE1,
            Plots.MEAN_TRUST, Plots.AGREEMENTS, Plots.SECURITY);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------- synthetic run

    static StateSpec state(String iso3, String name) {
        Series one = new Series(new int[] {START}, new double[] {1});
        return new StateSpec(iso3, name, 40, 80, Status.MEMBER, one, one, one, false, 0.5, 0.5, 0.5, List.of());
    }

    static Scenario scenario() {
        List<StateSpec> states = List.of(state("CHN", "China"), state("RUS", "Russia"), state("KAZ", "Kazakhstan"),
                state("KGZ", "Kyrgyzstan"), state("TJK", "Tajikistan"), state("UZB", "Uzbekistan"));
        return new Scenario("synthetic", "Synthetic test scenario (unanimity)", START, END, 7, REPS,
                new DecisionRule.Unanimity(), states, List.of(), new TrustSpec(0.4, List.of()), List.of(), List.of(),
                List.of(), List.of(), Parameters.DEFAULTS);
    }

    static Layout layout(List<Measure> measures) { return new Layout(scenario(), measures); }

    /** Plausible replications: trade growing from Table 1-like levels, trust rising, agreements accumulating. */
    static SeriesStats synthetic(Layout layout, Set<String> allNaN) {
        SeriesStats stats = new SeriesStats(layout);
        SplittableRandom rnd = new SplittableRandom(42);
        double[] china1996 = {6.85, 0.46, 0.105, 0.012, 0.187};
        double[] growth = {0.17, 0.24, 0.25, 0.30, 0.16};
        for (int r = 0; r < REPS; r++) {
            double[] v = new double[layout.size()];
            Arrays.fill(v, Double.NaN);
            double adopted = 0, implemented = 0, paper = 0;
            for (int t = 0; t < layout.years(); t++) {
                adopted += rnd.nextInt(4);
                implemented = Math.min(adopted, implemented + rnd.nextInt(3));
                paper = Math.min(adopted - implemented, paper + (rnd.nextDouble() < 0.3 ? 1 : 0));
                for (int m = 0; m < layout.measures().size(); m++) {
                    String name = layout.measures().get(m).name();
                    if (allNaN.contains(name)) continue;
                    switch (name) {
                        case "china_trade_bn_usd" -> {
                            for (int p = 0; p < 5; p++) {
                                int s = layout.subjectIndex(Plots.TABLE1_PARTNERS.get(p));
                                v[layout.index(m, s, t)] = china1996[p] * Math.exp(growth[p] * t
                                        + 0.15 * rnd.nextGaussian());
                            }
                        }
                        case "intra_sco_trade_bn_usd" -> v[layout.index(m, 0, t)] =
                                12 * Math.exp(0.16 * t + 0.1 * rnd.nextGaussian());
                        case "mean_trust" -> v[layout.index(m, 0, t)] =
                                0.4 + 0.3 * t / layout.years() + 0.03 * rnd.nextGaussian();
                        case "agreements_adopted" -> v[layout.index(m, 0, t)] = adopted;
                        case "agreements_implemented" -> v[layout.index(m, 0, t)] = implemented;
                        case "agreements_on_paper" -> v[layout.index(m, 0, t)] = paper;
                        case "mean_threat" -> v[layout.index(m, 0, t)] =
                                Math.max(0, 0.6 - 0.015 * t + 0.05 * rnd.nextGaussian());
                        case "joint_exercises" -> v[layout.index(m, 0, t)] = t < 6 ? 0 : rnd.nextInt(4);
                        default -> {
                        }
                    }
                }
            }
            stats.add(v);
        }
        return stats;
    }

    static List<Measure> measures(String... names) {
        List<Measure> out = new ArrayList<>();
        for (String n : names) out.add(Objects.requireNonNull(Measures.byName(n), n));
        return out;
    }

    private static final class Objects {
        static <T> T requireNonNull(T t, String what) {
            if (t == null) throw new AssertionError("no standard measure " + what);
            return t;
        }
    }

    // ------------------------------------------------------------------------------------------------- checks

    static void assertPng(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " does not decode as an image");
        assertEquals(ChartFiles.WIDTH, img.getWidth(), png + " width");
        assertEquals(ChartFiles.HEIGHT, img.getHeight(), png + " height");
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) nonWhite++;
            }
        }
        assertTrue(colours.size() >= 20, png + " has only " + colours.size() + " colours");
        double share = nonWhite / (img.getWidth() * img.getHeight() / 4.0);
        assertTrue(share > 0.02 && share < 0.8, png + " non-white share " + share);
    }

    /** Pixels close to an exact palette colour: the lines of that series were drawn. */
    static long pixelsOf(Path png, java.awt.Color c) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xFF) - c.getRed(), dg = ((rgb >> 8) & 0xFF) - c.getGreen(),
                        db = (rgb & 0xFF) - c.getBlue();
                if (dr * dr + dg * dg + db * db < 300) n++;
            }
        }
        return n;
    }

    static String svg(Path p) throws IOException { return Files.readString(p, StandardCharsets.UTF_8); }

    static Set<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    // -------------------------------------------------------------------------------------------------- tests

    @Test
    void writesAllStandardPlotsAsPngAndSvg() throws IOException {
        SeriesStats stats = synthetic(layout(Measures.STANDARD), Set.of());
        List<Path> files = Plots.writeStandard(stats, "Synthetic test scenario (unanimity)", dir);

        List<Path> expected = new ArrayList<>();
        for (String c : ALL_CHARTS) {
            expected.add(dir.resolve(c + ".png"));
            expected.add(dir.resolve(c + ".svg"));
        }
        assertEquals(expected, files);
        Set<String> expectedNames = expected.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(expectedNames, names(dir), "exactly the plots, no .part files left over");

        Map<String, String> titles = Map.of(
                Plots.INTRA_SCO_TRADE, "Trade among SCO members",
                Plots.CHINA_TRADE_VS_TABLE1, "Russia and the Central Asian members",
                Plots.MEAN_TRUST, "Mean trust among SCO members",
                Plots.AGREEMENTS, "Agreements of the SCO",
                Plots.SECURITY, "the three evils and joint exercises");
        for (String c : ALL_CHARTS) {
            assertPng(dir.resolve(c + ".png"));
            String s = svg(dir.resolve(c + ".svg"));
            assertTrue(s.startsWith("<?xml") || s.startsWith("<svg"), c + ".svg does not start as SVG");
            assertTrue(s.contains("<svg"), c + ".svg has no svg element");
            assertTrue(s.trim().endsWith("</svg>"), c + ".svg is truncated");
            assertTrue(s.contains(titles.get(c)), c + ".svg lacks its title");
            assertTrue(s.contains("Synthetic test scenario (unanimity)"), c + ".svg lacks the scenario title");
            assertTrue(s.contains(REPS + " replications"), c + ".svg lacks the replication count");
        }
        String china = svg(dir.resolve(Plots.CHINA_TRADE_VS_TABLE1 + ".svg"));
        assertTrue(china.contains("Table 1 of Gao Fei 2010"), "observed-data note");
        for (String partner : List.of("Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")) {
            assertTrue(china.contains(partner), "legend entry for " + partner);
        }
        // Every partner's colour shows up in the trade comparison, and the agreements' three colours too.
        Path chinaPng = dir.resolve(Plots.CHINA_TRADE_VS_TABLE1 + ".png");
        for (int i = 0; i < 5; i++) {
            assertTrue(pixelsOf(chinaPng, ChartStyle.colour(i)) > 200, "partner colour " + i + " missing");
        }
        Path agreementsPng = dir.resolve(Plots.AGREEMENTS + ".png");
        for (int i : new int[] {0, 1, 2}) {
            assertTrue(pixelsOf(agreementsPng, ChartStyle.colour(i)) > 200, "agreement colour " + i + " missing");
        }
        // Years print without thousands separators.
        String trade = svg(dir.resolve(Plots.INTRA_SCO_TRADE + ".svg"));
        assertTrue(trade.contains(">2000<") || trade.contains(">2004<"), "year tick labels");
        assertFalse(trade.contains(">2,000<") || trade.contains(">2,004<"), "years with thousands separator");
    }

    @Test
    void chartsWithoutDataAreSkipped() throws IOException {
        // Security measures not collected at all; agreement measures collected but never given a value.
        Layout layout = layout(measures("intra_sco_trade_bn_usd", "china_trade_bn_usd", "mean_trust",
                "agreements_adopted", "agreements_implemented", "agreements_on_paper"));
        SeriesStats stats = synthetic(layout, Set.of("agreements_adopted", "agreements_implemented",
                "agreements_on_paper"));
        assertNull(stats.band("agreements_adopted", Measures.SCO));

        List<Path> files = Plots.writeStandard(stats, null, dir);
        assertEquals(Set.of("intra-sco-trade.png", "intra-sco-trade.svg", "china-trade-vs-table1.png",
                "china-trade-vs-table1.svg", "mean-trust.png", "mean-trust.svg"), names(dir));
        assertEquals(6, files.size());
        for (Path f : files) assertTrue(Files.size(f) > 1000, f + " is almost empty");

        // Nothing collected at all: no plots, no error.
        Path empty = dir.resolve("empty");
        assertEquals(List.of(), Plots.writeStandard(new SeriesStats(layout(List.of())), "t", empty));
        assertEquals(Set.of(), names(empty));
    }

    @Test
    void partialSecurityAndSingleReplication() throws IOException {
        Layout layout = layout(measures("joint_exercises"));
        SeriesStats stats = new SeriesStats(layout);
        double[] v = new double[layout.size()];
        for (int t = 0; t < layout.years(); t++) v[layout.index(0, 0, t)] = t % 3;
        stats.add(v);
        Map<String, JFreeChart> charts = Plots.standardCharts(stats, "one run");
        assertEquals(List.of(Plots.SECURITY), List.copyOf(charts.keySet()));
        Plots.writeStandard(stats, "one run", dir);
        assertPng(dir.resolve("security.png"));
        assertTrue(svg(dir.resolve("security.svg")).contains("Single replication"));
    }

    @Test
    void chinaTradeUsesLogAxisCoveringObservedAndSimulated() throws IOException {
        SeriesStats stats = synthetic(layout(Measures.STANDARD), Set.of());
        JFreeChart chart = Plots.standardCharts(stats, "s").get(Plots.CHINA_TRADE_VS_TABLE1);
        XYPlot plot = chart.getXYPlot();
        LogAxis axis = assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        assertTrue(axis.getLowerBound() > 0 && axis.getLowerBound() <= 0.012, "lower " + axis.getLowerBound());
        assertTrue(axis.getUpperBound() >= 56.831, "upper " + axis.getUpperBound());
        assertEquals(5, plot.getDataset(0).getSeriesCount(), "one simulated series per partner");
        assertEquals(5, plot.getDataset(1).getSeriesCount(), "one observed series per partner");
        assertEquals(11, plot.getDataset(1).getItemCount(0), "Table 1 years for Russia");
        assertEquals(5, plot.getLegendItems().getItemCount());
    }

    @Test
    void sameStatisticsGiveIdenticalFiles() throws IOException {
        SeriesStats stats = synthetic(layout(Measures.STANDARD), Set.of());
        List<Path> a = Plots.writeStandard(stats, "s", dir.resolve("a"));
        List<Path> b = Plots.writeStandard(stats, "s", dir.resolve("b"));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        // Overwriting in place works too (REPLACE_EXISTING).
        Plots.writeStandard(stats, "s", dir.resolve("a"));
        assertEquals(10, names(dir.resolve("a")).size());
    }

    @Test
    void observedTradeIsTable1InBillions() throws IOException {
        Map<String, SortedMap<Integer, Double>> t = ObservedTrade.table1();
        assertEquals(Plots.TABLE1_PARTNERS, List.copyOf(t.keySet()));
        assertEquals(56.831, t.get("RUS").get(2008), 1e-9);
        assertEquals(0.012, t.get("TJK").get(1996), 1e-9);
        assertEquals(1.607, t.get("UZB").get(2008), 1e-9);
        for (SortedMap<Integer, Double> m : t.values()) {
            assertEquals(1996, m.firstKey());
            assertEquals(2008, m.lastKey());
        }
        IOException e = assertThrows(IOException.class, () -> ObservedTrade.parse(
                new StringReader("partner,year,trade_100m_usd\nRUS,19x6,1\n"), "bad.csv"));
        assertTrue(e.getMessage().contains("bad.csv line 2"), e.getMessage());
        assertThrows(IOException.class, () -> ObservedTrade.parse(new StringReader("a,b\n1,2\n"), "cols.csv"));
    }

    /** Writes the plots of the synthetic run to -Dscosim.plots.preview=DIR for a look by eye. */
    @Test
    void preview() throws IOException {
        String out = System.getProperty("scosim.plots.preview");
        if (out == null) return;
        Plots.writeStandard(synthetic(layout(Measures.STANDARD), Set.of()),
                "Synthetic test scenario (unanimity)", Paths.get(out));
    }
}
