#!/usr/bin/env bash
# Measures every figure of the experiments issue's goals table (docs/performance.md, "Against the goals of the
# experiments issue") back to back, so they all meet the same speed of the machine. Run from the project folder:
#
#   scripts/goals.sh [RUNS]        RUNS: how many times each run from the shell is timed (default 3)
#
# Takes about 5 minutes on 2 cores with RUNS=3. Writes its scratch folders under a temporary folder it deletes.
# Peak memory needs GNU time (/usr/bin/time, Debian package "time"); without it only wall times are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
case "$runs" in '' | *[!0-9]*) echo "scripts/goals.sh: RUNS must be a whole number, got '$runs'" >&2; exit 2 ;; esac
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# One command from the shell: its wall time and, with GNU time, its peak resident memory.
timed() {
  local label="$1"; shift
  rm -rf "$scratch/out"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "  $label: %e s, %M KB resident" "$@" --out "$scratch/out" -q > /dev/null
  else
    local t0 t1
    t0=$(date +%s.%N); "$@" --out "$scratch/out" -q > /dev/null; t1=$(date +%s.%N)
    echo "  $label: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s"
  fi
}

per_replication() {   # bytes a replication of the last run's folder
  echo "    $(du -sb "$scratch/out" | awk -v n="$1" '{printf "%.1f KB a replication", $1 / n / 1000}')"
}

./scosim --version > /dev/null   # builds the program and its class archive first, outside the timings
./scosim synth --states 200 --years 50 --out "$scratch/synth-200.yaml" 2> /dev/null
./scosim synth --states 1000 --years 50 --out "$scratch/synth-1000.yaml" 2> /dev/null
date -u
echo "== the model, its measures and rows, one thread after warm-up"
./scosim bench --cases model,measures,rows -n 4000 --warmup 3000 | tail -n +2
./scosim bench --cases model,rows --format parquet -n 4000 --warmup 3000 | tail -n +3
echo "== whole runs after warm-up, 1 and 2 threads"
./scosim bench --cases run --threads 1,2 -n 6000 --warmup 6000 | tail -n +3
./scosim bench --cases run --format parquet --threads 1,2 -n 6000 --warmup 6000 | tail -n +3
./scosim bench --cases run --tables none --threads 1,2 -n 10000 --warmup 6000 | tail -n +3
echo "== from the shell, 2 threads"
for k in $(seq "$runs"); do
  timed "2,000 replications, every table as CSV" ./scosim run scenarios/sco-baseline.yaml -n 2000 --threads 2
  per_replication 2000
  timed "2,000 replications, every table as Parquet" ./scosim run scenarios/sco-baseline.yaml -n 2000 --threads 2 --format parquet
  per_replication 2000
  timed "10,000 replications, --tables none" ./scosim run scenarios/sco-baseline.yaml -n 10000 --threads 2 --tables none
  timed "10,000 replications, every table as Parquet" ./scosim run scenarios/sco-baseline.yaml -n 10000 --threads 2 --format parquet
  timed "1,000 replications, every table as Parquet" ./scosim run scenarios/sco-baseline.yaml -n 1000 --threads 2 --format parquet
  timed "200 states, 50 years, one replication, --tables none --no-plots" ./scosim run "$scratch/synth-200.yaml" -n 1 --tables none --no-plots
done
timed "1,000 states, 50 years, one replication, --tables none --no-plots" ./scosim run "$scratch/synth-1000.yaml" -n 1 --tables none --no-plots
timed "sweep of 9 points x 1,000 replications" ./scosim sweep scenarios/sco-baseline.yaml \
  --vary parameters.trustDecay=0.02:0.02:0.18 -n 1000 --threads 2
echo "    $(du -sb "$scratch/out" | awk '{printf "%.1f MB on disk", $1 / 1e6}')"
echo "== large worlds, one thread after warm-up"
./scosim bench "$scratch/synth-200.yaml" --cases model,measures -n 20 --warmup 10 | tail -n +3
./scosim bench "$scratch/synth-1000.yaml" --cases model,measures -n 3 --warmup 2 | tail -n +3
echo "== the model again, to see how far the machine's speed moved meanwhile"
./scosim bench --cases model -n 4000 --warmup 3000 | tail -n +3
date -u
