package org.scosim.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.output.Num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The calibration's files: trace.csv, fit.json and calibrated.yaml. */
public final class CalibrationFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationFiles() {
    }

    /** A value rounded to 4 significant digits, written without exponent (as it goes into scenario files). */
    public static double round4(double v) {
        return new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }

    public static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String trace(List<FreeParameter> free, List<Calibrator.TraceRow> rows) {
        StringBuilder b = new StringBuilder("eval,start");
        for (FreeParameter f : free) b.append(',').append(f.name());
        b.append(",objective,log_rmse\n");
        for (Calibrator.TraceRow r : rows) {
            b.append(r.eval()).append(',').append(r.start());
            for (double x : r.x()) b.append(',').append(Num.format(x));
            b.append(',').append(Num.format(r.sse())).append(',').append(Num.format(r.logRmse())).append('\n');
        }
        return b.toString();
    }

    /**
     * A scenario that extends the calibrated one with the fitted values.
     *
     * @param relativeBase path of the input scenario relative to the folder of calibrated.yaml
     */
    public static String calibratedYaml(String relativeBase, String scenarioName, List<FreeParameter> free, double[] x,
                                        String date, Metrics inSample, Metrics outOfSample, YearRange fitYears) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(scenarioName).append(" with the parameters fitted by 'scosim calibrate' on ").append(date).append(".\n");
        b.append("# Fit years ").append(fitYears).append("; objective: squared log error of mean simulated China trade against\n");
        b.append("# Table 1 of Gao Fei 2010 (data/table1-china-trade-1996-2008.csv). See fit.json beside this file.\n");
        b.append("extends: ").append(quote(relativeBase)).append('\n');
        b.append("parameters:\n");
        String note = String.format(Locale.ROOT, "calibrated against Table 1 of Gao Fei 2010 on %s, log-RMSE %.3f (%d rows%s)",
                date, inSample.logRmse(), inSample.n(), outOfSample.n() > 0
                        ? String.format(Locale.ROOT, "; out-of-sample %.3f on %d rows", outOfSample.logRmse(), outOfSample.n()) : "");
        for (int i = 0; i < free.size(); i++) {
            b.append("  ").append(free.get(i).name()).append(": ").append(plain(x[i])).append("   # ").append(note).append('\n');
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "''") + "'";
    }

    static ObjectNode metrics(Metrics m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("n", m.n());
        put(o, "log_rmse", m.logRmse());
        put(o, "bias", m.bias());
        put(o, "r2", m.r2());
        return o;
    }

    private static void put(ObjectNode o, String k, double v) {
        if (Double.isFinite(v)) o.put(k, v);
        else o.putNull(k);
    }

    public static String fitJson(Map<String, Object> header, List<FreeParameter> free, double[] start0, Calibrator.Outcome out,
                                 FitReport.Scores scores, YearRange fitYears) {
        ObjectNode root = JSON.createObjectNode();
        header.forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        root.put("fit_years", fitYears.toString());
        root.put("objective", "sum over target rows in the fit years of (ln mean simulated - ln observed)^2; "
                + "mean over replications with common random numbers");
        root.put("objective_value", out.bestSse());
        root.put("best_start", out.bestStart());
        root.put("evaluations", out.evaluations());
        ArrayNode ps = root.putArray("parameters");
        for (int i = 0; i < free.size(); i++) {
            ObjectNode p = ps.addObject();
            p.put("name", free.get(i).name());
            p.put("value", out.best()[i]);
            p.put("value_rounded", round4(out.best()[i]));
            p.put("min", free.get(i).min());
            p.put("max", free.get(i).max());
            p.put("start", start0[i]);
            if (out.uncertainty() != null) {
                put(p, "standard_error", out.uncertainty().se()[i]);
                p.put("at_bound", out.uncertainty().atBound()[i]);
            }
        }
        if (out.uncertainty() != null) {
            ObjectNode u = root.putObject("uncertainty");
            u.put("method", out.uncertainty().method());
            u.put("note", out.uncertainty().note());
            u.put("evaluations", out.uncertainty().evaluations());
        }
        ObjectNode m = root.putObject("metrics");
        m.set("in_sample", metrics(scores.inFit()));
        m.set("out_of_sample", metrics(scores.outOfFit()));
        m.set("all_rows", metrics(scores.overall()));
        ObjectNode pp = m.putObject("per_partner");
        scores.perPartner().forEach((k, v) -> pp.set(k, metrics(v)));
        ArrayNode st = root.putArray("border_settlements");
        for (FitReport.Settlement s : scores.settlements()) {
            ObjectNode o = st.addObject();
            o.put("pair", "CHN-" + s.partner());
            o.put("observed", s.observed());
            o.put("median_simulated", s.median());
            o.put("q05", s.q05());
            o.put("q95", s.q95());
            o.put("share_settled", s.shareSettled());
            o.put("observed_inside_90", s.inside());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads in-sample and out-of-sample metrics back from a fit.json (for the report of a holdout check). */
    public static FitReport.Holdout holdout(Path fitJson) throws java.io.IOException {
        var root = JSON.readTree(fitJson.toFile());
        var m = root.path("metrics");
        return new FitReport.Holdout(YearRange.parse(root.path("fit_years").asText("all").equals("all") ? "0-9999" : root.path("fit_years").asText()),
                read(m.path("in_sample")), read(m.path("out_of_sample")), fitJson.toString());
    }

    private static Metrics read(com.fasterxml.jackson.databind.JsonNode n) {
        return new Metrics(n.path("n").asInt(), n.path("log_rmse").asDouble(Double.NaN), n.path("bias").asDouble(Double.NaN),
                n.path("r2").asDouble(Double.NaN), Double.NaN);
    }
}
