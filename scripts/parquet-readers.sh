#!/usr/bin/env bash
# Reads every table of a Parquet run with two readers the tests do not use, arrow-rs (Rust, as parquet-wasm) and
# hyparquet (JavaScript), and compares each cell with the CSV run of the same scenario and seed (docs/analysis.md);
# then the same for the outputs of a sensitivity screening of the scenario's 20 assumptions.
# Needs Node.js 18 or newer and npm; installs the readers (versions pinned in scripts/parquet-readers/package.json)
# into a temporary folder.
#
#   scripts/parquet-readers.sh [SCENARIO] [REPLICATIONS]    (default: scenarios/sco-baseline.yaml, 40)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/sco-baseline.yaml}" reps="${2:-40}"
command -v node > /dev/null && command -v npm > /dev/null \
    || { echo "scripts/parquet-readers.sh: needs Node.js and npm on the path" >&2; exit 2; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp scripts/parquet-readers/package.json scripts/parquet-readers/check.mjs "$scratch/"
(cd "$scratch" && npm install --silent --no-audit --no-fund > npm.log 2>&1) || { cat "$scratch/npm.log" >&2; exit 1; }
./scosim run "$scenario" -n "$reps" --format parquet --no-plots --out "$scratch/parquet" -q > /dev/null
./scosim run "$scenario" -n "$reps" --no-plots --out "$scratch/csv" -q > /dev/null
node "$scratch/check.mjs" "$scratch/parquet" "$scratch/csv"
screening=(sensitivity "$scenario" @scenarios/sensitivity/assumptions.args --samples 3 -n 5 -q)
./scosim "${screening[@]}" --out "$scratch/sensitivity-parquet" > /dev/null
./scosim "${screening[@]}" --format csv --out "$scratch/sensitivity-csv" > /dev/null
node "$scratch/check.mjs" "$scratch/sensitivity-parquet" "$scratch/sensitivity-csv"
