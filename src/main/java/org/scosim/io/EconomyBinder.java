package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.scosim.io.Fields.Range;
import static org.scosim.io.Fields.at;
import static org.scosim.io.Fields.get;

/** The scenario's {@code economy:} block: data files by reference, the oil price, geography and energy projects. */
final class EconomyBinder {
    static final Set<String> FIELDS = Set.of("data", "oilPrice", "landlocked", "contiguous", "energyProjects");
    static final Set<String> PROJECT_FIELDS = Set.of("name", "a", "b", "start", "rampYears", "volumeBnUsd", "referencePrice");

    /** Reads a year: value mapping (the scenario binder's own series reader). */
    interface SeriesReader {
        Series read(String ptr, JsonNode node) throws InputException;
    }

    private final Fields f;
    private final Origins origins;
    private final InputTree fallbackTree;
    private final List<String> iso3;
    private final DriverData.Cache driverFiles;

    EconomyBinder(Fields f, Origins origins, InputTree fallbackTree, List<String> iso3, DriverData.Cache driverFiles) {
        this.f = f;
        this.origins = origins;
        this.fallbackTree = fallbackTree;
        this.iso3 = iso3;
        this.driverFiles = driverFiles;
    }

    /** The {@code economy:} block: oil price, geography, energy projects (the data file was read before the states). */
    EconomySpec economy(JsonNode node, SeriesReader seriesReader) throws InputException {
        if (node == null) return EconomySpec.NONE;
        Series oil = new Series(new int[0], new double[0]);
        JsonNode on = get(node, "oilPrice");
        if (on != null) {
            oil = on.isTextual() ? driverFiles.world(dataFile("/economy/oilPrice", on))
                    : seriesReader.read("/economy/oilPrice", on);
        }
        Set<String> landlocked = new java.util.LinkedHashSet<>();
        JsonNode ln = get(node, "landlocked");
        if (ln != null) {
            if (ln.isTextual()) landlocked.add(f.state("/economy/landlocked", ln, iso3, Set.of()));
            else for (int i = 0; i < f.list("/economy/landlocked", ln).size(); i++) landlocked.add(f.state(at("/economy/landlocked", i), ln.get(i), iso3, Set.of()));
        }
        List<EconomySpec.Pair> contiguous = new ArrayList<>();
        JsonNode cn = get(node, "contiguous");
        if (cn != null) {
            f.list("/economy/contiguous", cn);
            for (int i = 0; i < cn.size(); i++) {
                String p = at("/economy/contiguous", i);
                JsonNode pair = f.list(p, cn.get(i));
                if (pair.size() != 2) throw f.error(p, "expected a pair of states, e.g. [CHN, KAZ], got " + pair.size() + " entries");
                String a = f.state(at(p, 0), pair.get(0), iso3, Set.of()), b = f.state(at(p, 1), pair.get(1), iso3, Set.of());
                if (a.equals(b)) throw f.error(at(p, 1), "a state is not contiguous with itself");
                contiguous.add(new EconomySpec.Pair(a, b));
            }
        }
        List<EconomySpec.EnergyProject> projects = new ArrayList<>();
        JsonNode pn = get(node, "energyProjects");
        if (pn != null) {
            f.list("/economy/energyProjects", pn);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < pn.size(); i++) {
                String p = at("/economy/energyProjects", i);
                JsonNode n = f.mapping(p, pn.get(i));
                f.only(p, n, PROJECT_FIELDS);
                String name = f.text(at(p, "name"), f.need(p, n, "name"));
                if (!names.add(name)) throw f.error(at(p, "name"), "duplicate energy project name '" + name + "'");
                String a = f.state(at(p, "a"), f.need(p, n, "a"), iso3, Set.of()), b = f.state(at(p, "b"), f.need(p, n, "b"), iso3, Set.of());
                if (a.equals(b)) throw f.error(at(p, "b"), "an energy project joins two different states");
                int start = f.year(at(p, "start"), f.need(p, n, "start"));
                int ramp = get(n, "rampYears") == null ? 1 : (int) f.integer(at(p, "rampYears"), n.get("rampYears"), 1, 50, "a number of years");
                double volume = f.number(at(p, "volumeBnUsd"), f.need(p, n, "volumeBnUsd"), Range.NON_NEGATIVE);
                double ref = f.number(at(p, "referencePrice"), f.need(p, n, "referencePrice"), Range.POSITIVE);
                if (on == null) throw f.error(at(p, "referencePrice"), "an energy project is valued at the oil price: give economy.oilPrice");
                projects.add(new EconomySpec.EnergyProject(name, a, b, start, ramp, volume, ref));
            }
        }
        return new EconomySpec(oil, landlocked, contiguous, projects);
    }

    /** A data file named in the scenario, relative to the folder of the file that names it. */
    Path dataFile(String ptr, JsonNode n) throws InputException {
        String text = f.text(ptr, n);
        Path rel = Path.of(text);
        if (rel.isAbsolute()) throw f.error(ptr, "give the data file relative to this scenario's folder, got " + text);
        Object src = origins.sourceOf(ptr);
        Path owner = src instanceof InputTree t ? t.file() : fallbackTree.file();
        Path parent = owner.toAbsolutePath().getParent();
        Path file = parent.resolve(rel).normalize();
        if (!java.nio.file.Files.isRegularFile(file)) {
            Path shown = owner.getParent() == null ? rel : owner.getParent().resolve(rel).normalize();
            throw f.error(ptr, "data file not found: " + shown);
        }
        return file;
    }
}
