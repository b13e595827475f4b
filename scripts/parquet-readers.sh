#!/usr/bin/env bash
# Reads every table of a Parquet run with readers the tests do not use, arrow-rs (Rust, as parquet-wasm), hyparquet
# (JavaScript) and pyarrow (Arrow's C++ reader, the one R's arrow package uses too), and compares each cell with the
# CSV run of the same scenario and seed (docs/analysis.md); then the same for the outputs of a sensitivity screening
# of the scenario's 20 assumptions. arrow-rs and hyparquet need Node.js 18 or newer and npm (the versions pinned in
# scripts/parquet-readers/package.json are installed into a temporary folder); pyarrow needs a Python with pyarrow
# (PYTHON=... picks it). Either may be missing, and is then skipped with a message.
#
#   scripts/parquet-readers.sh [SCENARIO] [REPLICATIONS]    (default: scenarios/sco-baseline.yaml, 40)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/sco-baseline.yaml}" reps="${2:-40}" python="${PYTHON:-python3}"
node=yes arrow=yes
command -v node > /dev/null && command -v npm > /dev/null || node=
"$python" -c "import pyarrow" 2> /dev/null || arrow=
[ -n "$node$arrow" ] || { echo "scripts/parquet-readers.sh: needs Node.js and npm, or a Python with pyarrow" >&2; exit 2; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [ -n "$node" ]; then
  cp scripts/parquet-readers/package.json scripts/parquet-readers/check.mjs "$scratch/"
  (cd "$scratch" && npm install --silent --no-audit --no-fund > npm.log 2>&1) || { cat "$scratch/npm.log" >&2; exit 1; }
else
  echo "scripts/parquet-readers.sh: no Node.js and npm; arrow-rs and hyparquet are not checked" >&2
fi
[ -n "$arrow" ] || echo "scripts/parquet-readers.sh: $python has no pyarrow; pyarrow is not checked" >&2
./scosim run "$scenario" -n "$reps" --format parquet --no-plots --out "$scratch/parquet" -q > /dev/null
./scosim run "$scenario" -n "$reps" --no-plots --out "$scratch/csv" -q > /dev/null
screening=(sensitivity "$scenario" @scenarios/sensitivity/assumptions.args --samples 3 -n 5 -q)
./scosim "${screening[@]}" --out "$scratch/sensitivity-parquet" > /dev/null
./scosim "${screening[@]}" --format csv --out "$scratch/sensitivity-csv" > /dev/null
for pair in "parquet csv" "sensitivity-parquet sensitivity-csv"; do
  set -- $pair
  [ -z "$node" ] || node "$scratch/check.mjs" "$scratch/$1" "$scratch/$2"
  [ -z "$arrow" ] || "$python" scripts/parquet-readers/check_pyarrow.py "$scratch/$1" "$scratch/$2"
done
