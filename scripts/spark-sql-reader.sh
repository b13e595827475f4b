#!/usr/bin/env bash
# Reads every Parquet table of a run with Spark SQL, with its vectorized Parquet reader (the default, Spark's own
# decoding) and with its row-by-row one, and compares each cell with the CSV run of the same scenario and seed
# (docs/analysis.md); then the same for the outputs of a sensitivity screening of the scenario's 20 assumptions. Spark SQL's jars come from Maven (scripts/spark-sql/pom.xml), apart from the project's.
#
#   scripts/spark-sql-reader.sh [SCENARIO] [REPLICATIONS]    (default: scenarios/sco-baseline.yaml, 40)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/sco-baseline.yaml}" reps="${2:-40}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "scripts/spark-sql-reader.sh: $1" >&2; exit 1; }
source scripts/cluster-checks.sh   # java17_opens
mvn -B -q -f scripts/spark-sql/pom.xml dependency:build-classpath -Dmdep.outputFile="$scratch/spark-sql.cp" \
    > "$scratch/maven.log" 2>&1 || { cat "$scratch/maven.log" >&2; exit 1; }
java17_opens
cat > "$scratch/log4j2.properties" <<'LOG'
rootLogger.level = error
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %p %c: %m%n
LOG
./scosim run "$scenario" -n "$reps" --format parquet --no-plots --out "$scratch/parquet" -q > /dev/null
./scosim run "$scenario" -n "$reps" --no-plots --out "$scratch/csv" -q > /dev/null
# shellcheck disable=SC2086   # $opens is a list of options
java $opens -Dlog4j2.configurationFile="$scratch/log4j2.properties" -cp "$(cat "$scratch/spark-sql.cp")" \
    scripts/spark-sql/ReadTables.java "$scratch/parquet" "$scratch/csv"
screening=(sensitivity "$scenario" @scenarios/sensitivity/assumptions.args --samples 3 -n 5 -q)
./scosim "${screening[@]}" --out "$scratch/sensitivity-parquet" > /dev/null
./scosim "${screening[@]}" --format csv --out "$scratch/sensitivity-csv" > /dev/null
# shellcheck disable=SC2086
java $opens -Dlog4j2.configurationFile="$scratch/log4j2.properties" -cp "$(cat "$scratch/spark-sql.cp")" \
    scripts/spark-sql/ReadTables.java "$scratch/sensitivity-parquet" "$scratch/sensitivity-csv" outputs
