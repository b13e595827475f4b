#!/usr/bin/env bash
# Dry-runs a sweep under spark-submit on a Spark standalone cluster started on this machine (one master, one worker,
# executors in their own JVMs), then runs it, kills its driver with kill -9 once two of its nine design points are
# done, resumes it on the cluster, and compares every file with the same sweep on the local engine; then a
# comparison and a Morris screening, on the
# cluster and locally; then the comparison again in cluster mode, its driver started by the worker, and the sweep in
# cluster mode with --supervise, its driver killed so that the worker starts it again and it resumes (docs/cluster.md,
# "A standalone cluster on one machine"). Spark's jars come from Maven (the project's provided dependencies); no Spark
# distribution is needed.
#
#   scripts/spark-standalone.sh [REPLICATIONS]    replications of each design point (default 1500; at least 100)
#
# Uses ports 7077 (master), 8089 and 8090 (web pages); set SPARK_MASTER_PORT, SPARK_MASTER_WEBUI_PORT or
# SPARK_WORKER_WEBUI_PORT to change them. Exit status 0 only when every compared file is the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-1500}"
case "$reps" in '' | *[!0-9]*) echo "scripts/spark-standalone.sh: REPLICATIONS must be a whole number, got '$reps'" >&2; exit 2 ;; esac
[ "$reps" -ge 100 ] || { echo "scripts/spark-standalone.sh: REPLICATIONS must be at least 100, got $reps" >&2; exit 2; }
port="${SPARK_MASTER_PORT:-7077}" ui="${SPARK_MASTER_WEBUI_PORT:-8089}" wui="${SPARK_WORKER_WEBUI_PORT:-8090}"
scratch="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  rm -rf "$scratch"
}
trap cleanup EXIT

status=0
fail() { echo "scripts/spark-standalone.sh: $*" >&2; exit 1; }
. scripts/cluster-checks.sh   # spark_jars, java17_opens, same, points_done, wait_for_points

./scosim --version > /dev/null   # builds target/scosim.jar if needed
echo "Spark's jars from Maven..."
export SPARK_HOME="$scratch/spark" SPARK_SCALA_VERSION=2.13
spark_jars "$scratch"
mkdir -p "$scratch/work"
java17_opens
java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
    --port "$port" --webui-port "$ui" > "$scratch/master.log" 2>&1 &
pids+=($!)
java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" \
    --host 127.0.0.1 --cores 2 --memory 3g --work-dir "$scratch/work" --webui-port "$wui" > "$scratch/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
  curl -s "http://127.0.0.1:$ui/json/" 2> /dev/null | grep -q '"aliveworkers" : 1' && break
  sleep 0.5
done
curl -s "http://127.0.0.1:$ui/json/" | grep -q '"aliveworkers" : 1' \
    || { echo "scripts/spark-standalone.sh: the worker did not join the master (logs: $scratch)" >&2; trap - EXIT; exit 1; }
echo "A master and a worker (2 cores) run at spark://127.0.0.1:$port."

sweep=(sweep scenarios/sco-baseline.yaml --vary rule.type=unanimity,opt-out,qualified-majority
       --vary parameters.trustDecay=0.02,0.05,0.08 -n "$reps" --tables measures)
submit() {   # submit ARGS...: scosim in client mode, the driver in this shell's folder
  java $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --class org.scosim.cli.Main \
      --master "spark://127.0.0.1:$port" --deploy-mode client target/scosim.jar "$@"
}
submit_cluster() {   # submit_cluster [--supervise] ARGS...: scosim in cluster mode, waiting for its driver to end
  local supervise=()
  [ "$1" = --supervise ] && { supervise=(--supervise); shift; }
  java $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --class org.scosim.cli.Main \
      --master "spark://127.0.0.1:$port" --deploy-mode cluster "${supervise[@]}" \
      --conf spark.standalone.submit.waitAppCompletion=true --driver-memory 1g "$PWD/target/scosim.jar" "$@"
}
cluster="$scratch/cluster" local="$scratch/local"
echo "A dry run of the sweep under spark-submit: the estimate, and nothing written..."
submit "${sweep[@]}" --engine spark --out "$cluster" --dry-run > "$scratch/dry-run.log" 2>&1
if ! grep -q 'with --engine spark: about .* of one core' "$scratch/dry-run.log" || [ -e "$cluster" ]; then
  echo "scripts/spark-standalone.sh: the dry run gave no estimate or wrote $cluster (log: $scratch/dry-run.log)" >&2
  trap - EXIT; exit 1
fi
grep -E '^  (to run|time|size)' "$scratch/dry-run.log"
submit "${sweep[@]}" --engine spark --out "$cluster" -q > "$scratch/first.log" 2>&1 &
driver=$!
wait_for_points "$cluster" "$driver"
{ kill -9 "$driver" && wait "$driver"; } 2> /dev/null || true
echo "Driver killed with $(points_done "$cluster") of 9 design points done; resuming on the cluster..."
submit sweep --resume "$cluster" --engine spark -q > "$scratch/resume.log" 2>&1
echo "The same sweep on the local engine..."
./scosim "${sweep[@]}" --out "$local" -q > /dev/null
same "$cluster" "$local" sweep.csv points.csv sweep-summary.csv runs/000{1..9}/measures.parquet

echo "A comparison and a Morris screening, on the cluster and on the local engine..."
compare=(compare scenarios/sco-baseline.yaml scenarios/rules/unanimity.yaml -n 200 --no-plots --no-comparison-plots)
screening=(sensitivity scenarios/sco-baseline.yaml --factor parameters.trustDecay=0.075:0.225
           --factor parameters.implementationRate=0.25:0.75 --factor parameters.stakeWeight=0.25:0.75
           --samples 4 -n 20)
submit "${compare[@]}" --engine spark --out "$scratch/compare-cluster" -q > "$scratch/compare.log" 2>&1
./scosim "${compare[@]}" --out "$scratch/compare-local" -q > /dev/null
same "$scratch/compare-cluster" "$scratch/compare-local" comparison.csv differences.csv \
    sco-baseline/measures.parquet rule-unanimity/trade.parquet rule-unanimity/decisions.parquet
submit "${screening[@]}" --engine spark --out "$scratch/screening-cluster" -q > "$scratch/screening.log" 2>&1
./scosim "${screening[@]}" --out "$scratch/screening-local" -q > /dev/null
same "$scratch/screening-cluster" "$scratch/screening-local" indices.csv outputs.parquet

echo "The comparison again in cluster mode: its driver started by the worker, in a folder of the worker's..."
submit_cluster compare "$PWD/scenarios/sco-baseline.yaml" "$PWD/scenarios/rules/unanimity.yaml" -n 200 --no-plots \
    --no-comparison-plots --engine spark --out "$scratch/compare-driver" -q > "$scratch/compare-driver.log" 2>&1 \
    || fail "the cluster-mode comparison failed"
same "$scratch/compare-driver" "$scratch/compare-local" comparison.csv differences.csv \
    sco-baseline/measures.parquet rule-unanimity/trade.parquet rule-unanimity/decisions.parquet
curl -s "http://127.0.0.1:$ui/json/" | tr -d '\n ' | grep -q '"completeddrivers":\[{[^]]*"state":"FINISHED"' \
    && echo "  the master lists the driver as FINISHED" || { echo "  DIFFERENT: the master does not list the driver as FINISHED"; status=1; }

echo "The sweep in cluster mode with --supervise, its driver killed with kill -9: the worker starts it again..."
submit_cluster --supervise sweep "$PWD/scenarios/sco-baseline.yaml" "${sweep[@]:2}" --engine spark \
    --out "$scratch/supervised" -q > "$scratch/supervised.log" 2>&1 &
client=$!
wait_for_points "$scratch/supervised" "$client"
wrapper="$(pgrep -f "^[^ ]*java .*deploy[.]worker[.]DriverWrapper .*$scratch/supervised" | head -1)"
[ -n "$wrapper" ] || fail "no driver found for the supervised sweep"
kill -9 "$wrapper"
echo "  killed with $(points_done "$scratch/supervised") of 9 points done"
wait "$client" || fail "the supervised sweep failed after its driver was started again"
if grep -qs "a supervised driver (--supervise) finds its experiment; resuming" "$scratch"/work/driver-*/stderr; then
  echo "  the driver started again resumed the sweep"
else
  echo "  DIFFERENT: no driver started again resumed the sweep"; status=1
fi
same "$scratch/supervised" "$local" sweep.csv points.csv sweep-summary.csv runs/000{1..9}/measures.parquet
exit $status
