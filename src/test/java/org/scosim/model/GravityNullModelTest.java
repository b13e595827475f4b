package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.scosim.calibration.ParameterAccess;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain gravity is the nested special case of the trade model: with every SCO effect off, no noise, no shocks and no
 * energy projects, every pair's trade in every year equals the closed form computed here from the scenario's data
 * (docs/ODD.md 7.2), written out independently of the model's code.
 */
class GravityNullModelTest {

    static Scenario nullModel(Scenario base, boolean anchors) {
        Parameters p = ParameterAccess.with(base.parameters(), Map.of("integrationEffect", 0.0, "borderTradeEffect", 0.0,
                "trustTradeEffect", 0.0, "tradeNoise", 0.0, "oilPriceElasticity", 0.0, "gdpNoise", 0.0));
        EconomySpec e = base.economy();
        EconomySpec noProjects = new EconomySpec(e.oilPrice(), e.landlocked(), e.contiguous(), List.of());
        return new Scenario(base.name(), base.title(), base.startYear(), base.endYear(), base.seed(), 1, base.rule(),
                base.states(), anchors ? base.tradeAnchors() : List.of(), base.trust(), base.borders(), base.events(),
                base.agenda(), List.of(), p, noProjects, base.summit());
    }

    static double km(StateSpec a, StateSpec b) {
        double f1 = Math.toRadians(a.latitude()), f2 = Math.toRadians(b.latitude());
        double df = f2 - f1, dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(df / 2), 2) + Math.cos(f1) * Math.cos(f2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    /** The pair's larger economy at the start year first. */
    static StateSpec[] bySize(Scenario sc, int i, int j) {
        StateSpec a = sc.states().get(i), b = sc.states().get(j);
        int y0 = sc.startYear();
        return a.gdp().logLinear(y0) >= b.gdp().logLinear(y0) ? new StateSpec[]{a, b} : new StateSpec[]{b, a};
    }

    /** G Ybig^a Ysmall^b / D^d exp(c contig - l landlocked), D in 1000 km, the larger economy as at the start year. */
    static double plain(Scenario sc, double g, int i, int j, int year) {
        Parameters p = sc.parameters();
        StateSpec a = bySize(sc, i, j)[0], b = bySize(sc, i, j)[1];
        int ll = (sc.economy().landlocked().contains(a.iso3()) ? 1 : 0) + (sc.economy().landlocked().contains(b.iso3()) ? 1 : 0);
        double contig = sc.economy().contiguous(a.iso3(), b.iso3()) ? p.contiguityEffect() : 0;
        return g * Math.pow(a.gdp().logLinear(year), p.largerGdpElasticity())
                * Math.pow(b.gdp().logLinear(year), p.smallerGdpElasticity())
                / Math.pow(km(a, b) / 1000.0, p.distanceElasticity()) * Math.exp(contig - p.landlockedPenalty() * ll);
    }

    static List<double[][]> simulate(Scenario sc) {
        List<double[][]> years = new ArrayList<>();
        ScoModel m = new ScoModel(sc, 5);
        m.setObserver(model -> {
            int n = model.states().length;
            double[][] t = new double[n][n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) t[i][j] = model.trade(i, j);
            years.add(t);
        });
        m.runToEnd();
        return years;
    }

    @Test
    void withoutAnchorsTradeIsTheGravityFormulaEveryYear() throws Exception {
        Scenario sc = nullModel(ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario(), false);
        List<double[][]> sim = simulate(sc);
        double g = sc.parameters().gravityConstant();
        int n = sc.states().size();
        for (int t = 0; t < sim.size(); t++) {
            int year = sc.startYear() + t;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double expected = plain(sc, g, i, j, year);
                    assertEquals(expected, sim.get(t)[i][j], 1e-9 * expected, sc.states().get(i).iso3() + "-" + sc.states().get(j).iso3() + " " + year);
                }
            }
        }
    }

    @Test
    void withAnchorsTradeIsTheAnchorTimesGdpGrowthAndOtherPairsUseTheImpliedConstant() throws Exception {
        Scenario sc = nullModel(ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario(), true);
        List<double[][]> sim = simulate(sc);
        int y0 = sc.startYear();
        // G such that plain gravity meets the anchors' mean log (docs/ODD.md 7.2)
        double sum = 0;
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            sum += Math.log(t.tradeBnUsd()) - Math.log(plain(sc, 1.0, sc.indexOf(t.reporter()), sc.indexOf(t.partner()), t.year()));
        }
        double g = Math.exp(sum / sc.tradeAnchors().size());
        double a = sc.parameters().largerGdpElasticity(), b = sc.parameters().smallerGdpElasticity();
        int n = sc.states().size();
        int anchored = 0;
        for (int t = 0; t < sim.size(); t++) {
            int year = y0 + t;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    StateSpec si = bySize(sc, i, j)[0], sj = bySize(sc, i, j)[1];
                    double expected = plain(sc, g, i, j, year);
                    for (Scenario.TradeAnchor an : sc.tradeAnchors()) {
                        if (sc.indexOf(an.reporter()) + sc.indexOf(an.partner()) == i + j
                                && (sc.indexOf(an.reporter()) == i || sc.indexOf(an.partner()) == i)) {
                            expected = an.tradeBnUsd() * Math.pow(si.gdp().logLinear(year) / si.gdp().logLinear(y0), a)
                                    * Math.pow(sj.gdp().logLinear(year) / sj.gdp().logLinear(y0), b);
                            anchored++;
                        }
                    }
                    assertEquals(expected, sim.get(t)[i][j], 1e-9 * expected, si.iso3() + "-" + sj.iso3() + " " + year);
                }
            }
        }
        assertEquals(5 * sim.size(), anchored);
        // China-Russia 2008 under plain gravity: 6.85 x (China's GDP growth 1996-2008)^a x (Russia's)^b, by hand from
        // WDI: 4594.337 / 863.749 and 1660.848 / 391.725
        int chn = sc.indexOf("CHN"), rus = sc.indexOf("RUS");
        assertEquals(6.85 * Math.pow(4594.337 / 863.749, a) * Math.pow(1660.848 / 391.725, b), sim.get(2008 - y0)[chn][rus], 1e-6);
        assertTrue(sim.get(2008 - y0)[chn][rus] > 60 && sim.get(2008 - y0)[chn][rus] < 80);
    }
}
