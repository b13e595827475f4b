package org.scosim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import ec.util.MersenneTwisterFast;
import org.scosim.scenario.Geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A synthetic but valid scenario: an organization of N states with plausible attributes, for stress tests, scale
 * measurements and exploratory teaching. Every value is drawn from one seeded generator, so the same (N, years, seed)
 * give the same file. The draws (all assumptions, chosen to resemble the SCO region's spread):
 * <ul>
 *   <li>GDP in the start year follows Zipf's law by rank, US$ {@value #LARGEST_GDP} bn / rank^{@value #ZIPF}, times a
 *       log-normal factor (s.d. 0.3), at least US$ 0.5 bn; it grows at a yearly rate drawn from N(4.5%, 2%)
 *       (world GDP grew 4.5% a year in 1996-2016, WDI), given as anchors at the start and end years;</li>
 *   <li>GDP per head log-normal around US$ 3,000 (s.d. 0.7), which sets the population (0.1 million to 1.5
 *       billion), growing 1% a year;</li>
 *   <li>capitals uniform over latitude 12-58 N and longitude 22-123 E (the GUI map's frame); each state borders
 *       its three nearest neighbours within 1,500 km; a third of the states are landlocked; a third export energy;</li>
 *   <li>the first half of the states (at least 3) are members in the start year, the next quarter observers, the
 *       rest dialogue partners; three disputed borders between members;</li>
 *   <li>each year two proposals by random members, in a random domain, ambition uniform 20-80.</li>
 * </ul>
 */
public final class SyntheticScenario {
    static final double LARGEST_GDP = 5000, ZIPF = 1.1;
    static final String[] DOMAINS = {"security", "economy", "energy", "culture", "institutions"};
    public static final int MAX_STATES = 17_576;   // three capital letters: 26^3 codes

    private SyntheticScenario() {
    }

    /** The ISO3-style code of state {@code k} (AAA, AAB, ...). */
    static String code(int k) {
        return "" + (char) ('A' + k / 676) + (char) ('A' + (k / 26) % 26) + (char) ('A' + k % 26);
    }

    /** The scenario as a tree of maps and lists (what the YAML file holds). */
    public static Map<String, Object> build(int states, int years, long seed, int startYear) {
        if (states < 3 || states > MAX_STATES) throw new IllegalArgumentException("states must be 3-" + MAX_STATES + ", got " + states);
        if (years < 1 || years > 500) throw new IllegalArgumentException("years must be 1-500, got " + years);
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        int end = startYear + years - 1;
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", "synthetic-" + states + "x" + years);
        sc.put("title", "Synthetic organization of " + states + " states, " + startYear + "-" + end + " (seed " + seed + ")");
        sc.put("period", Map.of("start", startYear, "end", end));
        sc.put("seed", seed);
        sc.put("replications", 10);
        sc.put("rule", Map.of("type", "opt-out", "minParticipants", 2));

        int members = Math.max(3, states / 2), observers = states / 4;
        double[] lat = new double[states], lon = new double[states];
        Map<String, Object> st = new LinkedHashMap<>();
        List<String> landlocked = new ArrayList<>();
        for (int k = 0; k < states; k++) {
            lat[k] = round(12 + 46 * r.nextDouble(), 2);
            lon[k] = round(22 + 101 * r.nextDouble(), 2);
            double gdp0 = Math.max(0.5, LARGEST_GDP / Math.pow(k + 1, ZIPF) * Math.exp(0.3 * r.nextGaussian()));
            double growth = 0.045 + 0.02 * r.nextGaussian();
            double gdpEnd = gdp0 * Math.pow(1 + growth, years - 1);
            double perHead = 3000 * Math.exp(0.7 * r.nextGaussian());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", "Synthetic state " + (k + 1));
            s.put("capital", Map.of("lat", lat[k], "lon", lon[k]));
            s.put("status", k < members ? "member" : k < members + observers ? "observer" : "dialogue-partner");
            s.put("gdp", anchors(startYear, end, round(gdp0, 3), round(gdpEnd, 3)));
            long pop = Math.max(100_000L, Math.min(1_500_000_000L, Math.round(gdp0 * 1e9 / perHead)));
            s.put("population", anchors(startYear, end, pop, Math.round(pop * Math.pow(1.01, years - 1))));
            s.put("milexPctGdp", anchors(startYear, end, round(1 + 3 * r.nextDouble(), 2), round(1 + 3 * r.nextDouble(), 2)));
            s.put("energyExporter", r.nextDouble() < 1.0 / 3);
            s.put("securityWeight", round(0.2 + 0.6 * r.nextDouble(), 2));
            s.put("sovereigntySensitivity", round(0.2 + 0.6 * r.nextDouble(), 2));
            s.put("threeEvilsExposure", round(0.2 + 0.6 * r.nextDouble(), 2));
            if (r.nextDouble() < 1.0 / 3) landlocked.add(code(k));
            st.put(code(k), s);
        }
        sc.put("states", st);

        List<List<String>> contiguous = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < states; k++) {
            int[] near = nearest(k, lat, lon, 3);
            for (int j : near) {
                if (j < 0 || Geo.distanceKm(lat[k], lon[k], lat[j], lon[j]) > 1500) continue;
                String a = code(Math.min(k, j)), b = code(Math.max(k, j));
                if (seen.add(a + b)) contiguous.add(List.of(a, b));
            }
        }
        Map<String, Object> economy = new LinkedHashMap<>();
        economy.put("landlocked", landlocked);
        economy.put("contiguous", contiguous);
        sc.put("economy", economy);
        sc.put("trust", Map.of("initial", 0.3));
        List<Map<String, Object>> borders = new ArrayList<>();
        for (int k = 1; k <= Math.min(3, members - 1); k++) {
            borders.add(Map.of("a", code(0), "b", code(k), "status", "negotiating"));
        }
        sc.put("borders", borders);
        sc.put("events", List.of());
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (int y = startYear; y <= end; y++) {
            for (int q = 0; q < 2; q++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("year", y);
                p.put("id", "p" + y + "-" + (q + 1));
                p.put("title", "Synthetic proposal " + (q + 1) + " of " + y);
                p.put("domain", DOMAINS[r.nextInt(DOMAINS.length)]);
                p.put("proposer", code(r.nextInt(members)));
                p.put("ambition", Math.round(20 + 60 * r.nextDouble()));
                agenda.add(p);
            }
        }
        sc.put("agenda", agenda);
        sc.put("shocks", List.of());
        return sc;
    }

    /** The scenario as YAML, with a header saying what it is. */
    public static String yaml(int states, int years, long seed, int startYear) {
        YAMLMapper m = new YAMLMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        try {
            return "# Synthetic scenario written by 'scosim synth --states " + states + " --years " + years + " --seed " + seed
                    + "'.\n# Every value is an assumption drawn at random (docs/performance.md, 'Synthetic worlds'); "
                    + "not a model of any real organization.\n" + m.writeValueAsString(build(states, years, seed, startYear));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> anchors(int start, int end, Object a, Object b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Integer.toString(start), a);
        if (end != start) m.put(Integer.toString(end), b);
        return m;
    }

    /** Indices of the k nearest states to state i by great-circle distance (-1 where there are fewer). */
    static int[] nearest(int i, double[] lat, double[] lon, int k) {
        int[] best = new int[k];
        double[] d = new double[k];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int j = 0; j < lat.length; j++) {
            if (j == i) continue;
            double dj = Geo.distanceKm(lat[i], lon[i], lat[j], lon[j]);
            for (int q = 0; q < k; q++) {
                if (dj < d[q]) {
                    System.arraycopy(d, q, d, q + 1, k - q - 1);
                    System.arraycopy(best, q, best, q + 1, k - q - 1);
                    d[q] = dj;
                    best[q] = j;
                    break;
                }
            }
        }
        return best;
    }

    private static double round(double v, int digits) {
        return Double.parseDouble(String.format(Locale.ROOT, "%." + digits + "f", v));
    }
}
