package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.BorderSpec;
import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.ShockMode;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Series;
import org.scosim.scenario.Shock;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.StatusEvent;
import org.scosim.scenario.SummitSpec;
import org.scosim.scenario.Targets;
import org.scosim.scenario.TrustSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.scosim.io.Fields.Range;
import static org.scosim.io.Fields.at;
import static org.scosim.io.Fields.get;

/** Checks a merged scenario tree field by field and builds the immutable {@link Scenario}. */
final class ScenarioBinder {
    static final Set<String> TOP_FIELDS = Set.of("name", "title", "description", "period", "seed", "replications",
            "rule", "states", "tradeAnchors", "trust", "borders", "events", "agenda", "shocks", "parameters",
            "calibration", "extends", "economy", "summit");
    static final Set<String> STATE_FIELDS = Set.of("name", "capital", "status", "gdp", "population", "milexPctGdp",
            "energyExporter", "securityWeight", "sovereigntySensitivity", "threeEvilsExposure", "rivalInstitutions");
    static final Set<String> PROPOSAL_FIELDS = Set.of("year", "id", "title", "domain", "proposer", "ambition", "subject",
            "statusQuo", "record", "fundingBnUsd");
    static final Map<String, ProposalSpec.Record> RECORDS = labels(ProposalSpec.Record.values(), ProposalSpec.Record::label);
    static final Map<String, SummitSpec.Capability> CAPABILITIES =
            labels(SummitSpec.Capability.values(), SummitSpec.Capability::label);
    static final Set<String> SHOCK_FIELDS = Set.of("name", "kind", "targets", "start", "duration", "magnitude",
            "recovery", "response", "mode");
    static final Set<String> ECONOMY_FIELDS = EconomyBinder.FIELDS;
    static final Map<String, ShockMode> SHOCK_MODES = labels(ShockMode.values(), ShockMode::label);
    static final Map<String, Status> STATUSES = labels(Status.values(), Status::label);
    static final Map<String, Domain> DOMAINS = labels(Domain.values(), Domain::label);
    static final Map<String, BorderSpec.BorderStatus> BORDER_STATUSES =
            labels(BorderSpec.BorderStatus.values(), BorderSpec.BorderStatus::label);
    static final Map<String, String> SHOCK_KINDS = labels(new String[]{"gdp", "trade", "energy-price", "trust", "security"}, s -> s);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Range AMBITION = new Range(0, false, 100, false);
    private static final Range MAGNITUDE = new Range(-1, true, Double.POSITIVE_INFINITY, true);

    private final Fields f;
    private final Origins origins;
    private final InputTree fallbackTree;
    private final DriverData.Cache driverFiles;
    private List<String> iso3 = List.of();
    private DriverData.States driverStates = new DriverData.States(Map.of(), Map.of());
    private final Set<String> proposalIds = new HashSet<>();
    private Path driverFile;
    private Sections sections;

    private ScenarioBinder(Origins origins, InputTree fallbackTree, DriverData.Cache driverFiles) {
        this.origins = origins;
        this.f = new Fields(origins);
        this.fallbackTree = fallbackTree;
        this.driverFiles = driverFiles;
    }

    /**
     * Builds the scenario; {@code mainTree} is the file the user named (for rules set by overrides), {@code driverFiles}
     * the driver files read so far.
     */
    static Scenario bind(JsonNode root, Origins origins, InputTree mainTree, DriverData.Cache driverFiles) throws InputException {
        return bind(root, origins, mainTree, driverFiles, null);
    }

    /** As {@link #bind(JsonNode, Origins, InputTree, DriverData.Cache)}, a variant, reusing the {@code sections} it shares. */
    static Scenario bind(JsonNode root, Origins origins, InputTree mainTree, DriverData.Cache driverFiles, Sections sections)
            throws InputException {
        ScenarioBinder b = new ScenarioBinder(origins, mainTree, driverFiles);
        b.sections = sections;
        return b.scenario(root);
    }

    /**
     * The sections of a file's variants, bound once and shared. A variant's tree shares every part its overrides did
     * not touch with the file's (see {@link ScenarioMerge#variant}), so a section whose inputs are the very nodes of
     * the file's tree, and which sees the same states, binds to the same records: most of a design point's check.
     * Safe to share between threads: the records are immutable, and two threads that bind a section at once agree.
     */
    static final class Sections {
        private final JsonNode base;
        private final List<String> baseStates;
        private final java.util.concurrent.ConcurrentHashMap<String, Object> bound = new java.util.concurrent.ConcurrentHashMap<>();

        /** For the variants of the merged tree {@code base}, which must not change afterwards. */
        Sections(JsonNode base) {
            this.base = base;
            JsonNode states = base.get("states");
            List<String> codes = new ArrayList<>();
            if (states != null && states.isObject()) states.fieldNames().forEachRemaining(codes::add);
            this.baseStates = List.copyOf(codes);
        }

        /** Whether the tree holds, at each pointer, the file's own node (or lacks it as the file does). */
        private boolean shared(JsonNode root, String... pointers) {
            for (String p : pointers) if (root.at(p) != base.at(p)) return false;
            return true;
        }
    }

    /** A section of the scenario, bound from the tree. */
    private interface Section<T> {
        T bind() throws InputException;
    }

    /**
     * The section {@code name}: the one bound before when it reads only nodes it shares with the file ({@code
     * pointers}) and, if {@code byStates}, the same states in the same order; else bound here.
     */
    @SuppressWarnings("unchecked")
    private <T> T section(String name, JsonNode root, boolean byStates, Section<T> bind, String... pointers) throws InputException {
        if (sections == null || !sections.shared(root, pointers) || byStates && !iso3.equals(sections.baseStates)) {
            return bind.bind();
        }
        Object known = sections.bound.get(name);
        if (known != null) return (T) known;
        T value = bind.bind();
        sections.bound.putIfAbsent(name, value);
        return value;
    }

    private Scenario scenario(JsonNode root) throws InputException {
        f.only("", root, TOP_FIELDS);
        String name = f.text("/name", f.need("", root, "name"));
        if (!NAME.matcher(name).matches()) {
            throw f.error("/name", "expected a short name of letters, digits, '.', '_' or '-' (it names the results folder), got '" + name + "'");
        }
        JsonNode titleNode = get(root, "title");
        String title = titleNode == null ? name : f.text("/title", titleNode);
        if (get(root, "description") != null) f.text("/description", get(root, "description"));
        if (get(root, "calibration") != null) f.mapping("/calibration", get(root, "calibration"));

        JsonNode period = f.mapping("/period", f.need("", root, "period"));
        f.only("/period", period, "start", "end");
        int start = f.year("/period/start", f.need("/period", period, "start"));
        int end = f.year("/period/end", f.need("/period", period, "end"));
        if (end < start) throw f.error("/period/end", "the end year " + end + " is before the start year " + start);

        long seed = get(root, "seed") == null ? 1 : f.integer("/seed", root.get("seed"), Long.MIN_VALUE, Long.MAX_VALUE, "a seed");
        int replications = get(root, "replications") == null ? 10
                : (int) f.integer("/replications", root.get("replications"), 1, Scenario.MAX_REPLICATIONS, "a number of replications");

        DecisionRule rule = rule(f.need("", root, "rule"));
        JsonNode economyNode = get(root, "economy");
        if (economyNode != null) {
            f.mapping("/economy", economyNode);
            f.only("/economy", economyNode, ECONOMY_FIELDS);
            if (get(economyNode, "data") != null) {
                driverFile = economyBinder().dataFile("/economy/data", economyNode.get("data"));
                driverStates = driverFiles.states(driverFile);
            }
        }
        // A section reads the nodes named after it, and the states' codes where it says so (byStates).
        List<StateSpec> states = section("states", root, false, () -> List.copyOf(states(f.need("", root, "states"))),
                "/states", "/economy/data");
        iso3 = states.stream().map(StateSpec::iso3).toList();
        EconomySpec economy = section("economy", root, true,
                () -> economyBinder().economy(economyNode, (ptr, n) -> series(ptr, n, Range.POSITIVE, true)), "/economy");
        List<Scenario.TradeAnchor> anchors = section("tradeAnchors", root, true,
                () -> List.copyOf(tradeAnchors(get(root, "tradeAnchors"))), "/tradeAnchors");
        TrustSpec trust = section("trust", root, true, () -> trust(get(root, "trust")), "/trust");
        List<BorderSpec> borders = section("borders", root, true, () -> List.copyOf(borders(get(root, "borders"), start)),
                "/borders", "/period");
        List<StatusEvent> events = section("events", root, true, () -> List.copyOf(events(get(root, "events"))), "/events");
        List<ProposalSpec> agenda = section("agenda", root, true, () -> agenda(get(root, "agenda")), "/agenda");
        for (ProposalSpec a : agenda) proposalIds.add(a.id());
        // the shocks' responses may not take an id of the agenda's
        List<Shock> shocks = section("shocks", root, true, () -> List.copyOf(shocks(get(root, "shocks"))), "/shocks", "/agenda");
        Parameters parameters = section("parameters", root, false, () -> ParametersBinder.bind(f, get(root, "parameters")),
                "/parameters");
        SummitSpec summit = section("summit", root, true, () -> summit(get(root, "summit")), "/summit");
        return new Scenario(name, title, start, end, seed, replications, rule, states, anchors, trust, borders, events,
                agenda, shocks, parameters, economy, summit);
    }

    private DecisionRule rule(JsonNode node) throws InputException {
        Object src = origins.sourceOf("/rule");
        InputTree tree = src instanceof InputTree t ? t : fallbackTree;
        try {
            return RuleReader.read(tree, "/rule", node);
        } catch (InputException e) {
            // Re-locate the problem if the offending value was set by an override rather than written in the file.
            String ptr;
            try {
                ptr = e.fieldPath() == null || e.fieldPath().isEmpty() ? "/rule" : ScenarioOverride.toPointer(e.fieldPath());
            } catch (IllegalArgumentException notAPath) {
                throw e;
            }
            if (origins.sourceOf(ptr) instanceof ScenarioOverride) throw origins.error(ptr, e.getMessage());
            throw e;
        }
    }

    private List<StateSpec> states(JsonNode node) throws InputException {
        f.mapping("/states", node);
        List<String> codes = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String code = it.next();
            if (!ISO3.matcher(code).matches()) {
                throw f.error(at("/states", code), "a state's key must be its ISO 3166 alpha-3 code (three capital letters), got '" + code + "'");
            }
            codes.add(code);
        }
        if (codes.size() < 2) throw f.error("/states", "a scenario needs at least 2 states, got " + codes.size());
        iso3 = List.copyOf(codes);
        List<StateSpec> out = new ArrayList<>();
        for (String code : codes) out.add(state(at("/states", code), code, node.get(code)));
        if (out.stream().noneMatch(s -> s.status() == Status.MEMBER)) {
            throw f.error("/states", "no state is a member at the start year; at least one needs status: member");
        }
        return out;
    }

    /** The agenda's proposals, whose ids the shocks' responses may not take. */
    private List<ProposalSpec> agenda(JsonNode node) throws InputException {
        if (node == null) return List.of();
        List<ProposalSpec> agenda = new ArrayList<>();
        f.list("/agenda", node);
        for (int i = 0; i < node.size(); i++) agenda.add(proposal(at("/agenda", i), node.get(i), null));
        return List.copyOf(agenda);
    }

    private StateSpec state(String p, String code, JsonNode n) throws InputException {
        f.mapping(p, n);
        f.only(p, n, STATE_FIELDS);
        String name = f.text(at(p, "name"), f.need(p, n, "name"));
        JsonNode cap = f.mapping(at(p, "capital"), f.need(p, n, "capital"));
        String cp = at(p, "capital");
        f.only(cp, cap, "lat", "lon");
        double lat = f.number(at(cp, "lat"), f.need(cp, cap, "lat"), new Range(-90, false, 90, false));
        double lon = f.number(at(cp, "lon"), f.need(cp, cap, "lon"), new Range(-180, false, 180, false));
        Status status = f.choice(at(p, "status"), f.need(p, n, "status"), "status", STATUSES);
        Series gdp;
        if (get(n, "gdp") != null || !driverStates.gdp().containsKey(code)) {
            if (get(n, "gdp") == null && driverFile != null) {
                throw f.error(at(p, "gdp"), "missing required field 'gdp': economy.data has no GDP rows for " + code
                        + "; give anchors here, e.g. gdp: {1996: 863.7, 2016: 11233.3}");
            }
            gdp = series(at(p, "gdp"), f.need(p, n, "gdp"), Range.POSITIVE, true);
        } else {
            gdp = driverStates.gdp().get(code);
        }
        Series pop = get(n, "population") != null ? series(at(p, "population"), n.get("population"), Range.POSITIVE, false)
                : driverStates.population().getOrDefault(code, new Series(new int[0], new double[0]));
        Series milex = get(n, "milexPctGdp") == null ? new Series(new int[0], new double[0])
                : series(at(p, "milexPctGdp"), n.get("milexPctGdp"), new Range(0, false, 100, false), false);
        boolean exporter = get(n, "energyExporter") != null && f.bool(at(p, "energyExporter"), n.get("energyExporter"));
        double sw = f.number(at(p, "securityWeight"), f.need(p, n, "securityWeight"), Range.PROBABILITY);
        double ss = f.number(at(p, "sovereigntySensitivity"), f.need(p, n, "sovereigntySensitivity"), Range.PROBABILITY);
        double te = f.number(at(p, "threeEvilsExposure"), f.need(p, n, "threeEvilsExposure"), Range.PROBABILITY);
        List<StateSpec.RivalTie> ties = new ArrayList<>();
        JsonNode rn = get(n, "rivalInstitutions");
        if (rn != null) {
            String rp = at(p, "rivalInstitutions");
            f.list(rp, rn);
            for (int i = 0; i < rn.size(); i++) {
                String tp = at(rp, i);
                JsonNode t = f.mapping(tp, rn.get(i));
                f.only(tp, t, "institution", "from", "to", "domains");
                String inst = f.text(at(tp, "institution"), f.need(tp, t, "institution"));
                int from = f.year(at(tp, "from"), f.need(tp, t, "from"));
                int to = get(t, "to") == null ? 9999
                        : (int) f.integer(at(tp, "to"), t.get("to"), from, 9999, "the last year (9999 while still a member)");
                List<Domain> domains = get(t, "domains") == null ? StateSpec.RivalTie.DEFAULT_DOMAINS
                        : domains(at(tp, "domains"), t.get("domains"));
                ties.add(new StateSpec.RivalTie(inst, from, to, domains));
            }
        }
        return new StateSpec(code, name, lat, lon, status, gdp, pop, milex, exporter, sw, ss, te, ties);
    }

    /** A non-empty list of domains without repeats, e.g. {@code [economy, institutions]}. */
    private List<Domain> domains(String p, JsonNode n) throws InputException {
        f.list(p, n);
        if (n.isEmpty()) throw f.error(p, "expected at least one domain, e.g. [security]");
        List<Domain> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            Domain d = f.choice(at(p, i), n.get(i), "domain", DOMAINS);
            if (out.contains(d)) throw f.error(at(p, i), "domain '" + d.label() + "' is listed twice");
            out.add(d);
        }
        return out;
    }

    /**
     * The {@code summit:} block: what capability is in each domain ({@code capability: {security: milex, ...}}), the
     * state whose trade measures economic dependence, and the outside powers with their presence in states.
     */
    private SummitSpec summit(JsonNode node) throws InputException {
        if (node == null) return SummitSpec.DEFAULT;
        String p = "/summit";
        f.mapping(p, node);
        f.only(p, node, "capability", "dependencePartner", "outsidePowers");
        Map<Domain, SummitSpec.Capability> cap = new java.util.EnumMap<>(Domain.class);
        JsonNode cn = get(node, "capability");
        if (cn != null) {
            String cp = at(p, "capability");
            f.mapping(cp, cn);
            for (Iterator<String> it = cn.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                Domain d = f.choice(at(cp, key), new com.fasterxml.jackson.databind.node.TextNode(key), "domain", DOMAINS);
                cap.put(d, f.choice(at(cp, key), cn.get(key), "capability", CAPABILITIES));
            }
        }
        String partner = get(node, "dependencePartner") == null ? SummitSpec.DEFAULT_PARTNER
                : state(p, node, "dependencePartner");
        List<SummitSpec.OutsidePower> powers = new ArrayList<>();
        JsonNode on = get(node, "outsidePowers");
        if (on != null) {
            String op = at(p, "outsidePowers");
            f.list(op, on);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < on.size(); i++) {
                String ip = at(op, i);
                JsonNode o = f.mapping(ip, on.get(i));
                f.only(ip, o, "name", "domain", "presence");
                String name = f.text(at(ip, "name"), f.need(ip, o, "name"));
                if (!names.add(name)) throw f.error(at(ip, "name"), "duplicate outside power '" + name + "'");
                Domain d = f.choice(at(ip, "domain"), f.need(ip, o, "domain"), "domain", DOMAINS);
                String pp = at(ip, "presence");
                JsonNode pn = f.list(pp, f.need(ip, o, "presence"));
                List<SummitSpec.Presence> presence = new ArrayList<>();
                for (int k = 0; k < pn.size(); k++) {
                    String kp = at(pp, k);
                    JsonNode e = f.mapping(kp, pn.get(k));
                    f.only(kp, e, "host", "from", "to");
                    String host = state(kp, e, "host");
                    int from = f.year(at(kp, "from"), f.need(kp, e, "from"));
                    int to = get(e, "to") == null ? 9999
                            : (int) f.integer(at(kp, "to"), e.get("to"), from, 9999, "the last year of the presence (9999 while it lasts)");
                    presence.add(new SummitSpec.Presence(host, from, to));
                }
                powers.add(new SummitSpec.OutsidePower(name, d, presence));
            }
        }
        return new SummitSpec(cap, powers, partner);
    }

    /** A mapping from years to values, e.g. {@code {1996: 863.7, 2016: 11233.3}}. */
    private Series series(String p, JsonNode n, Range range, boolean required) throws InputException {
        f.mapping(p, n);
        TreeMap<Integer, Double> anchors = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String vp = at(p, e.getKey());
            int year;
            try {
                year = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException ex) {
                throw f.error(vp, "expected a year as key (e.g. 1996: 863.7), got '" + e.getKey() + "'");
            }
            if (year < Fields.MIN_YEAR || year > Fields.MAX_YEAR) {
                throw f.error(vp, "the year " + year + " is outside " + Fields.MIN_YEAR + "-" + Fields.MAX_YEAR);
            }
            if (anchors.put(year, f.number(vp, e.getValue(), range)) != null) throw f.error(vp, "year " + year + " is given twice");
        }
        if (required && anchors.isEmpty()) throw f.error(p, "expected at least one year: value, e.g. {1996: 863.7}");
        return Series.of(anchors);
    }

    private List<Scenario.TradeAnchor> tradeAnchors(JsonNode node) throws InputException {
        List<Scenario.TradeAnchor> out = new ArrayList<>();
        if (node == null) return out;
        f.list("/tradeAnchors", node);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String p = at("/tradeAnchors", i);
            JsonNode n = f.mapping(p, node.get(i));
            f.only(p, n, "reporter", "partner", "year", "tradeBnUsd");
            String a = state(p, n, "reporter");
            String b = state(p, n, "partner");
            if (a.equals(b)) throw f.error(at(p, "partner"), "the partner must differ from the reporter");
            int year = f.year(at(p, "year"), f.need(p, n, "year"));
            double v = f.number(at(p, "tradeBnUsd"), f.need(p, n, "tradeBnUsd"), Range.POSITIVE);
            String key = (a.compareTo(b) < 0 ? a + b : b + a) + year;
            if (!seen.add(key)) throw f.error(p, "duplicate trade anchor for " + a + "-" + b + " in " + year);
            out.add(new Scenario.TradeAnchor(a, b, year, v));
        }
        return out;
    }

    private TrustSpec trust(JsonNode node) throws InputException {
        if (node == null) return new TrustSpec(0.3, List.of());
        f.mapping("/trust", node);
        f.only("/trust", node, "initial", "pairs");
        double initial = get(node, "initial") == null ? 0.3 : f.number("/trust/initial", node.get("initial"), Range.PROBABILITY);
        List<TrustSpec.PairTrust> pairs = new ArrayList<>();
        JsonNode pn = get(node, "pairs");
        if (pn != null) {
            f.list("/trust/pairs", pn);
            for (int i = 0; i < pn.size(); i++) {
                String p = at("/trust/pairs", i);
                JsonNode n = f.mapping(p, pn.get(i));
                f.only(p, n, "a", "b", "value");
                pairs.add(new TrustSpec.PairTrust(stateList(at(p, "a"), f.need(p, n, "a"), Set.of()),
                        stateList(at(p, "b"), f.need(p, n, "b"), Set.of()),
                        f.number(at(p, "value"), f.need(p, n, "value"), Range.PROBABILITY)));
            }
        }
        return new TrustSpec(initial, pairs);
    }

    /** One ISO3 code or a non-empty list of them. */
    private List<String> stateList(String p, JsonNode n, Set<String> groups) throws InputException {
        if (n.isTextual()) return List.of(f.state(p, n, iso3, groups));
        f.list(p, n);
        if (n.isEmpty()) throw f.error(p, "expected at least one state");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(f.state(at(p, i), n.get(i), iso3, groups));
        return out;
    }

    private String state(String p, JsonNode n, String key) throws InputException {
        return f.state(at(p, key), f.need(p, n, key), iso3, Set.of());
    }

    private List<BorderSpec> borders(JsonNode node, int startYear) throws InputException {
        List<BorderSpec> out = new ArrayList<>();
        if (node == null) return out;
        f.list("/borders", node);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String p = at("/borders", i);
            JsonNode n = f.mapping(p, node.get(i));
            f.only(p, n, "a", "b", "status", "settledIn");
            String a = state(p, n, "a");
            String b = state(p, n, "b");
            if (a.equals(b)) throw f.error(at(p, "b"), "a border needs two different states");
            if (!seen.add(a.compareTo(b) < 0 ? a + b : b + a)) throw f.error(p, "duplicate border " + a + "-" + b);
            BorderSpec.BorderStatus status = f.choice(at(p, "status"), f.need(p, n, "status"), "border status", BORDER_STATUSES);
            int settledIn = get(n, "settledIn") == null ? 0 : f.year(at(p, "settledIn"), n.get("settledIn"));
            if (settledIn > 0 && settledIn < startYear) {
                throw f.error(at(p, "settledIn"), "the year " + settledIn + " is before the start year " + startYear
                        + "; a border settled before the run starts has status: settled");
            }
            if (settledIn > 0 && status == BorderSpec.BorderStatus.SETTLED) {
                throw f.error(at(p, "settledIn"), "this border is settled at the start already; settledIn is for disputed borders");
            }
            out.add(new BorderSpec(a, b, status, settledIn));
        }
        return out;
    }

    private List<StatusEvent> events(JsonNode node) throws InputException {
        List<StatusEvent> out = new ArrayList<>();
        if (node == null) return out;
        f.list("/events", node);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String p = at("/events", i);
            JsonNode n = f.mapping(p, node.get(i));
            f.only(p, n, "year", "state", "status");
            int year = f.year(at(p, "year"), f.need(p, n, "year"));
            String s = state(p, n, "state");
            if (!seen.add(s + year)) throw f.error(p, "duplicate event: " + s + " already changes status in " + year);
            out.add(new StatusEvent(year, s, f.choice(at(p, "status"), f.need(p, n, "status"), "status", STATUSES)));
        }
        return out;
    }

    /** An agenda item or a shock's response; {@code defaultYear} (the shock's start) may stand in for the year. */
    private ProposalSpec proposal(String p, JsonNode node, Integer defaultYear) throws InputException {
        JsonNode n = f.mapping(p, node);
        f.only(p, n, PROPOSAL_FIELDS);
        int year = defaultYear != null && get(n, "year") == null ? defaultYear : f.year(at(p, "year"), f.need(p, n, "year"));
        String id = f.text(at(p, "id"), f.need(p, n, "id"));
        if (!proposalIds.add(id)) throw f.error(at(p, "id"), "duplicate proposal id '" + id + "'");
        String title = get(n, "title") == null ? id : f.text(at(p, "title"), n.get("title"));
        Domain domain = f.choice(at(p, "domain"), f.need(p, n, "domain"), "domain", DOMAINS);
        String proposer = state(p, n, "proposer");
        double ambition = f.number(at(p, "ambition"), f.need(p, n, "ambition"), AMBITION);
        String subject = null;
        if (domain == Domain.MEMBERSHIP) subject = state(p, n, "subject");
        else if (get(n, "subject") != null) {
            throw f.error(at(p, "subject"), "only membership proposals have a subject (this one's domain is " + domain.label() + ")");
        }
        double statusQuo = get(n, "statusQuo") == null ? 0 : f.number(at(p, "statusQuo"), n.get("statusQuo"), AMBITION);
        ProposalSpec.Record record = get(n, "record") == null ? null
                : f.choice(at(p, "record"), n.get("record"), "record", RECORDS);
        double funding = get(n, "fundingBnUsd") == null ? 0
                : f.number(at(p, "fundingBnUsd"), n.get("fundingBnUsd"), Range.NON_NEGATIVE);
        return new ProposalSpec(year, id, title, domain, proposer, ambition, subject, statusQuo, record, funding);
    }

    private List<Shock> shocks(JsonNode node) throws InputException {
        List<Shock> out = new ArrayList<>();
        if (node == null) return out;
        f.list("/shocks", node);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String p = at("/shocks", i);
            JsonNode n = f.mapping(p, node.get(i));
            f.only(p, n, SHOCK_FIELDS);
            String name = f.text(at(p, "name"), f.need(p, n, "name"));
            if (!names.add(name)) throw f.error(at(p, "name"), "duplicate shock name '" + name + "'");
            String kind = f.choice(at(p, "kind"), f.need(p, n, "kind"), "shock kind", SHOCK_KINDS);
            Targets targets = get(n, "targets") == null && kind.equals("energy-price") ? new Targets(List.of("all"))
                    : new Targets(stateList(at(p, "targets"), f.need(p, n, "targets"), Targets.GROUPS));
            int start = f.year(at(p, "start"), f.need(p, n, "start"));
            int duration = (int) f.integer(at(p, "duration"), f.need(p, n, "duration"), 1, 200, "a duration in years");
            ShockMode mode = get(n, "mode") == null ? ShockMode.ADD : f.choice(at(p, "mode"), n.get("mode"), "shock mode", SHOCK_MODES);
            if (mode != ShockMode.ADD && !kind.equals("gdp") && !kind.equals("energy-price")) {
                throw f.error(at(p, "mode"), "mode '" + mode.label() + "' applies to shocks on observed drivers (kind gdp or "
                        + "energy-price); a " + kind + " shock acts on the model's own dynamics, so its mode is add");
            }
            Range mr = kind.equals("trust") ? new Range(-1, true, 1, false) : MAGNITUDE;
            // A shock in the data or removed from it takes its size from the data: magnitude is optional and unused.
            double magnitude = mode != ShockMode.ADD && get(n, "magnitude") == null ? 0
                    : f.number(at(p, "magnitude"), f.need(p, n, "magnitude"), mr);
            double recovery = f.number(at(p, "recovery"), f.need(p, n, "recovery"), Range.PROBABILITY);
            ProposalSpec response = get(n, "response") == null ? null : proposal(at(p, "response"), n.get("response"), start);
            out.add(switch (kind) {
                case "gdp" -> new Shock.GdpShock(name, targets, start, duration, magnitude, recovery, response, mode);
                case "trade" -> new Shock.TradeShock(name, targets, start, duration, magnitude, recovery, response);
                case "energy-price" -> new Shock.EnergyPriceShock(name, targets, start, duration, magnitude, recovery, response, mode);
                case "trust" -> new Shock.TrustShock(name, targets, start, duration, magnitude, recovery, response);
                default -> new Shock.SecurityShock(name, targets, start, duration, magnitude, recovery, response);
            });
        }
        return out;
    }

    private EconomyBinder economyBinder() { return new EconomyBinder(f, origins, fallbackTree, iso3, driverFiles); }

    private static <T> Map<String, T> labels(T[] values, java.util.function.Function<T, String> label) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T v : values) m.put(label.apply(v), v);
        return java.util.Collections.unmodifiableMap(m);
    }
}
