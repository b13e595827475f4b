#!/usr/bin/env bash
# Runs scosim's Spark engine on a YARN cluster started on this machine: a ResourceManager and a NodeManager (two
# vcores), each its own JVM, from Hadoop's minicluster jar (scripts/yarn/pom.xml). Spark's driver and executors run
# in YARN containers. Five checks, the first four compared file by file with the local engine (docs/cluster.md,
# "YARN on one machine"):
#   1. a sweep of nine design points in client mode, its driver killed with kill -9 once two points are done, then
#      resumed in client mode;
#   2. the same kind of sweep in cluster mode (the driver in the application master's container), the application
#      killed through the ResourceManager once two points are done, as a cluster's preemption would, then resumed in
#      cluster mode;
#   3. the same sweep in cluster mode, the driver's JVM (the application master) killed with kill -9 once two points
#      are done, as a lost node would stop it: YARN starts a second attempt, which resumes the sweep by itself;
#   4. a comparison and a Morris screening in cluster mode;
#   5. a mistake in cluster mode (a relative scenario path): spark-submit must fail and show scosim's message.
# Spark's and Hadoop's jars come from Maven; no Spark or Hadoop distribution is needed.
#
#   scripts/spark-yarn.sh [REPLICATIONS]    replications of each sweep point (default 1500; at least 100)
#
# Uses the ResourceManager's default ports 8030-8033 and 8088, and the NodeManager's 8040 and 8042. Exit status 0
# only when every compared file is the same bytes and the mistake is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-1500}"
case "$reps" in '' | *[!0-9]*) echo "scripts/spark-yarn.sh: REPLICATIONS must be a whole number, got '$reps'" >&2; exit 2 ;; esac
[ "$reps" -ge 100 ] || { echo "scripts/spark-yarn.sh: REPLICATIONS must be at least 100, got $reps" >&2; exit 2; }
for p in 8030 8031 8032 8033 8088 8040 8042; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
    echo "scripts/spark-yarn.sh: port $p is in use; stop what listens there (a YARN cluster already running?)" >&2; exit 1
  fi
done
scratch="$(mktemp -d)"
pids=()
stop_daemons() {   # the daemons get 10 s to stop; then they and any container left (all run under $scratch) are killed
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  for _ in $(seq 20); do
    alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2> /dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  pkill -9 -f "$scratch/" 2> /dev/null || true
  for p in "${pids[@]}"; do wait "$p" 2> /dev/null || true; done   # reaped quietly
  rm -rf "$HOME/.sparkStaging/"application_"${cluster_id:-none}"_*
}
trap 'stop_daemons; rm -rf "$scratch"' EXIT
fail() { echo "scripts/spark-yarn.sh: $* (logs: $scratch)" >&2; trap stop_daemons EXIT; exit 1; }
status=0
. scripts/cluster-checks.sh   # spark_jars, java17_opens, same, points_done, wait_for_points

./scosim --version > /dev/null   # builds target/scosim.jar if needed
echo "Spark's and Hadoop's jars from Maven..."
export SPARK_HOME="$scratch/spark" SPARK_SCALA_VERSION=2.13 HADOOP_CONF_DIR="$scratch/conf"
spark_jars "$scratch"
spark_version="$(sed -n '/<artifactId>spark-core_2.13<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p}' pom.xml)"
hadoop_version="$(tr ':' '\n' < "$scratch/spark.cp" | sed -n 's#.*/hadoop-client-api-\(.*\)\.jar#\1#p' | head -1)"
[ -n "$spark_version" ] && [ -n "$hadoop_version" ] || fail "could not find Spark's version in pom.xml or its Hadoop client"
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
mkdir -p "$HADOOP_CONF_DIR" "$scratch/nm-local" "$scratch/nm-logs"
mvn -B -q dependency:copy -Dartifact="org.apache.spark:spark-yarn_2.13:$spark_version" \
    -DoutputDirectory="$SPARK_HOME/jars" >> "$scratch/maven.log" 2>&1 || { cat "$scratch/maven.log" >&2; exit 1; }
(cd scripts/yarn && mvn -B -q dependency:build-classpath -Dhadoop.version="$hadoop_version" \
    -Dmdep.outputFile="$scratch/yarn.cp") >> "$scratch/maven.log" 2>&1 || { cat "$scratch/maven.log" >&2; exit 1; }

property() { echo "  <property><name>$1</name><value>$2</value></property>"; }
{
  echo '<?xml version="1.0"?>'; echo '<configuration>'
  property yarn.resourcemanager.hostname 127.0.0.1
  property yarn.nodemanager.hostname 127.0.0.1
  property yarn.resourcemanager.scheduler.class org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler
  property yarn.nodemanager.resource.memory-mb 6144
  property yarn.nodemanager.resource.cpu-vcores 2
  property yarn.scheduler.minimum-allocation-mb 256
  property yarn.resourcemanager.am.max-attempts 2   # YARN's default, which check 3 relies on
  property yarn.nodemanager.vmem-check-enabled false
  property yarn.nodemanager.local-dirs "$scratch/nm-local"
  property yarn.nodemanager.log-dirs "$scratch/nm-logs"
  property yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage 99
  echo '</configuration>'
} > "$HADOOP_CONF_DIR/yarn-site.xml"
{
  echo '<?xml version="1.0"?>'; echo '<configuration>'
  property fs.defaultFS file:///       # one machine: the staging folder and the containers share its disk
  property hadoop.tmp.dir "$scratch/hadoop-tmp"
  echo '</configuration>'
} > "$HADOOP_CONF_DIR/core-site.xml"
printf '%s\n' 'rootLogger.level = info' 'rootLogger.appenderRef.stdout.ref = console' 'appender.console.type = Console' \
    'appender.console.name = console' 'appender.console.layout.type = PatternLayout' \
    'appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n' > "$HADOOP_CONF_DIR/log4j2.properties"

daemons="$HADOOP_CONF_DIR:$(cat "$scratch/yarn.cp")"
java -Xmx512m -cp "$daemons" org.apache.hadoop.yarn.server.resourcemanager.ResourceManager > "$scratch/rm.log" 2>&1 &
pids+=($!)
java -Xmx512m -cp "$daemons" org.apache.hadoop.yarn.server.nodemanager.NodeManager > "$scratch/nm.log" 2>&1 &
pids+=($!)
rm_api="http://127.0.0.1:8088/ws/v1/cluster"
for _ in $(seq 240); do
  curl -s "$rm_api/metrics" 2> /dev/null | grep -q '"activeNodes":1' && break
  kill -0 "${pids[0]}" 2> /dev/null || fail "the ResourceManager stopped"
  kill -0 "${pids[1]}" 2> /dev/null || fail "the NodeManager stopped"
  sleep 0.5
done
curl -s "$rm_api/metrics" | grep -q '"activeNodes":1' || fail "the NodeManager did not join the ResourceManager"
cluster_id="$(curl -s "$rm_api/info" | sed -n 's/.*"clusterId":\([0-9]*\).*/\1/p')"
echo "A ResourceManager and a NodeManager (2 vcores, 6 GB) run on 127.0.0.1 (YARN $hadoop_version, Spark $spark_version)."

java17_opens
submit() {   # submit MODE ARGS...: scosim on YARN; the containers use the jars where they are (local:)
  local mode="$1"; shift
  java $opens -cp "$HADOOP_CONF_DIR:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --class org.scosim.cli.Main \
      --master yarn --deploy-mode "$mode" --conf "spark.yarn.jars=local:$SPARK_HOME/jars/*" \
      --num-executors 1 --executor-cores 2 --executor-memory 2g --driver-memory 1g \
      "$PWD/target/scosim.jar" "$@"
}
app_of() { sed -n 's/.*Submitted application \(application_[0-9_]*\).*/\1/p' "$1" | head -1; }
state_of() { curl -s "$rm_api/apps/$1/state" | sed -n 's/.*"state":"\([A-Z_]*\)".*/\1/p'; }
start_sweep() {   # start_sweep MODE NAME: the sweep submitted into $scratch/NAME, in the background (its process:
  # $started), returning once two of its points are done
  submit "$1" "${sweep[@]}" --engine spark --out "$scratch/$2" -q > "$scratch/$2.log" 2>&1 &
  started=$!
  wait_for_points "$scratch/$2" "$started"
}
baseline="$PWD/scenarios/sco-baseline.yaml"
sweep=(sweep "$baseline" --vary rule.type=unanimity,opt-out,qualified-majority
       --vary parameters.trustDecay=0.02,0.05,0.08 -n "$reps" --tables measures)
echo "The sweep on the local engine..."
./scosim "${sweep[@]}" --out "$scratch/local" -q > /dev/null
sweep_files=(sweep.csv points.csv sweep-summary.csv runs/000{1..9}/measures.parquet)

echo "1. Client mode: the sweep, its driver killed with kill -9..."
start_sweep client client
{ kill -9 "$started" && wait "$started"; } 2> /dev/null || true
echo "   killed with $(points_done "$scratch/client") of 9 points done; resuming in client mode..."
submit client sweep --resume "$scratch/client" --engine spark -q > "$scratch/client-resume.log" 2>&1 \
    || fail "the resumed client-mode sweep failed"
same "$scratch/client" "$scratch/local" "${sweep_files[@]}"

echo "2. Cluster mode: the sweep, its application killed through the ResourceManager..."
start_sweep cluster cluster
app="$(app_of "$scratch/cluster.log")"
[ -n "$app" ] || fail "no application id in the cluster-mode submission's log"
curl -s -X PUT -H 'Content-Type: application/json' -d '{"state":"KILLED"}' "$rm_api/apps/$app/state" > /dev/null
wait "$started" 2> /dev/null || true
[ "$(state_of "$app")" = KILLED ] || fail "application $app was not killed (state $(state_of "$app"))"
echo "   $app killed with $(points_done "$scratch/cluster") of 9 points done; resuming in cluster mode..."
submit cluster sweep --resume "$scratch/cluster" --engine spark -q > "$scratch/cluster-resume.log" 2>&1 \
    || fail "the resumed cluster-mode sweep failed"
same "$scratch/cluster" "$scratch/local" "${sweep_files[@]}"

echo "3. Cluster mode: the sweep, the driver's JVM (the application master) killed with kill -9..."
start_sweep cluster attempts
am="$(pgrep -f "^[^ ]*java .*deploy[.]yarn[.]ApplicationMaster .*$scratch/attempts" | head -1)"
[ -n "$am" ] || fail "no application master found for the third sweep"
kill -9 "$am"
echo "   killed with $(points_done "$scratch/attempts") of 9 points done; YARN starts a second attempt..."
wait "$started" || fail "the sweep's second attempt failed"
app="$(app_of "$scratch/attempts.log")"
second="$(ls -d "$scratch/nm-logs/$app"/container_*_02_000001 2> /dev/null | head -1)"
[ -n "$second" ] && grep -q "attempt 2 of this YARN application; resuming" "$second/stderr" \
    || fail "no second attempt of $app resumed the sweep"
echo "   the second attempt resumed it"
same "$scratch/attempts" "$scratch/local" "${sweep_files[@]}"

echo "4. Cluster mode: a comparison and a Morris screening, and the same on the local engine..."
compare=(compare "$baseline" "$PWD/scenarios/rules/unanimity.yaml" -n 200 --no-plots --no-comparison-plots)
screening=(sensitivity "$baseline" --factor parameters.trustDecay=0.075:0.225
           --factor parameters.implementationRate=0.25:0.75 --factor parameters.stakeWeight=0.25:0.75
           --samples 4 -n 20)
submit cluster "${compare[@]}" --engine spark --out "$scratch/compare-cluster" -q > "$scratch/compare.log" 2>&1 \
    || fail "the comparison failed in cluster mode"
./scosim "${compare[@]}" --out "$scratch/compare-local" -q > /dev/null
same "$scratch/compare-cluster" "$scratch/compare-local" comparison.csv differences.csv \
    sco-baseline/measures.parquet rule-unanimity/trade.parquet rule-unanimity/decisions.parquet
submit cluster "${screening[@]}" --engine spark --out "$scratch/screening-cluster" -q > "$scratch/screening.log" 2>&1 \
    || fail "the screening failed in cluster mode"
./scosim "${screening[@]}" --out "$scratch/screening-local" -q > /dev/null
same "$scratch/screening-cluster" "$scratch/screening-local" indices.csv outputs.parquet
echo "5. Cluster mode: a mistake (a scenario path relative to a folder the driver does not run in)..."
if submit cluster sweep scenarios/sco-baseline.yaml --vary rule.type=unanimity,opt-out -n 20 --engine spark \
    --out "$scratch/mistake" -q > "$scratch/mistake.log" 2>&1; then
  fail "the sweep of a scenario the driver cannot find succeeded"
fi
if grep -q "scosim sweep: scenarios/sco-baseline.yaml: file not found" "$scratch/mistake.log"; then
  echo "  spark-submit failed and showed scosim's message: scosim sweep: scenarios/sco-baseline.yaml: file not found"
else
  echo "  DIFFERENT: spark-submit's output lacks scosim's message"; status=1
fi
echo "Applications on the ResourceManager:"
curl -s "$rm_api/apps" | tr '{' '\n' \
    | sed -n 's/.*"id":"\(application_[0-9_]*\)".*"state":"\([A-Z]*\)","finalStatus":"\([A-Z]*\)".*/  \1 \2 \3/p' | sort
exit $status
