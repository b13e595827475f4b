import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every Parquet table of a scosim run with Spark SQL, once with its vectorized Parquet reader (Spark's own
 * decoding, the default) and once with the row-by-row one, and compares each cell with the CSV table of the same
 * run, which Spark's CSV reader splits into text cells: a number must be the double its CSV cell parses to, "NA"
 * must be null, text must be the same text. For scripts/spark-sql-reader.sh.
 *
 *   java -cp SPARK_SQL_CLASSPATH ReadTables.java PARQUET_RUN CSV_RUN [TABLE ...]
 *
 * TABLE: the tables to compare, each TABLE.parquet against TABLE.csv (default: a run's five; "outputs" for a
 * sensitivity analysis's outputs).
 */
public class ReadTables {
    static final List<String> TABLES = List.of("measures", "trade", "states", "decisions", "agreements");

    public static void main(String[] args) {
        Path parquet = Path.of(args[0]), csv = Path.of(args[1]);
        List<String> tables = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : TABLES;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("scosim Parquet check")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        int failures = 0;
        for (boolean vectorized : new boolean[] {true, false}) {
            spark.conf().set("spark.sql.parquet.enableVectorizedReader", vectorized);
            long cells = 0;
            for (String table : tables) {
                Dataset<Row> p = spark.read().parquet(parquet.resolve(table + ".parquet").toString());
                Dataset<Row> c = spark.read().option("header", "true").option("escape", "\"")
                        .csv(csv.resolve(table + ".csv").toString());
                String where = (vectorized ? "vectorized" : "row by row") + ", " + table;
                if (!Arrays.equals(p.columns(), c.columns())) {
                    System.out.println("FAIL  " + where + ": columns " + Arrays.toString(p.columns()) + " against the CSV's "
                            + Arrays.toString(c.columns()));
                    failures++;
                    continue;
                }
                List<Row> pr = p.collectAsList(), cr = c.collectAsList();
                if (pr.size() != cr.size()) {
                    System.out.println("FAIL  " + where + ": " + pr.size() + " rows against the CSV's " + cr.size());
                    failures++;
                    continue;
                }
                int wrong = 0;
                for (int i = 0; i < pr.size(); i++) {
                    for (int j = 0; j < p.columns().length; j++, cells++) {
                        Object v = pr.get(i).get(j);
                        String s = cr.get(i).getString(j);
                        if (!same(v, s)) {
                            if (wrong++ < 5) {
                                System.out.println("FAIL  " + where + ": row " + (i + 1) + ", " + p.columns()[j] + ": " + v
                                        + " (" + (v == null ? "null" : v.getClass().getSimpleName()) + ") against the CSV's " + s);
                            }
                        }
                    }
                }
                if (wrong > 0) failures++;
                System.out.println((wrong == 0 ? "ok    " : "FAIL  ") + where + ": " + pr.size() + " rows, "
                        + p.schema().fields().length + " columns" + (wrong == 0 ? "" : ", " + wrong + " cells differ"));
            }
            System.out.println("  " + cells + " cells read " + (vectorized ? "by the vectorized reader" : "row by row"));
        }
        spark.stop();
        System.out.println(failures == 0 ? "Spark SQL read every table as the CSV has it" : failures + " tables differ");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Whether Spark's value {@code v} is what the CSV cell {@code s} says. */
    static boolean same(Object v, String s) {
        if (s == null || s.equals("NA")) return v == null || (s == null && "".equals(v));
        if (v == null) return false;
        if (v instanceof Double d) return d.doubleValue() == Double.parseDouble(s);
        if (v instanceof Long || v instanceof Integer) return ((Number) v).longValue() == Long.parseLong(s);
        if (v instanceof Boolean b) return b.toString().equals(s);
        return v.toString().equals(s);
    }
}
