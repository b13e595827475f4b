#!/usr/bin/env bash
# Runs the pandas and R code of docs/analysis.md on the results of the commands the docs name, and checks each
# answer against what the same runs wrote by other code: the runs' own summaries (series.csv), sweep.csv, the
# china_trade_bn_usd measure, and a sensitivity analysis's exact values of each point (runs/NNNN.csv). (The DuckDB queries of the same page are run by AnalysisDocTest, in the test suite.)
#
# Needs python3 with pandas, and R (Rscript) with dplyr; either may be missing, and is then skipped with a message.
# A language whose Parquet reader is installed (pyarrow or fastparquet; R's arrow) runs the code as printed, on
# Parquet; otherwise it reads the CSV files of the same commands, as the docs' comments say.
#
#   scripts/analysis-snippets.sh            (PYTHON=... and RSCRIPT=... pick other interpreters)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}" rscript="${RSCRIPT:-Rscript}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# the docs' commands, with few replications, once as Parquet (the default of compare and sweep) and once as CSV
for format in parquet csv; do
    out="$scratch/$format"
    ./scosim compare scenarios/sco-baseline.yaml scenarios/rules/unanimity.yaml scenarios/rules/qualified-majority.yaml \
        -n 4 --format "$format" --no-plots --no-comparison-plots -q --out "$out/compare/rules" > /dev/null
    ./scosim sweep scenarios/sco-baseline.yaml --vary rule.type=unanimity,opt-out --vary parameters.trustDecay=0.02,0.05 \
        -n 3 --tables measures --format "$format" -q --out "$out/sweep/x" > /dev/null
    ./scosim run scenarios/sco-baseline.yaml -n 4 --format "$format" --no-plots -q \
        --out "$out/sco-baseline/2026-12-01T10-00-00" > /dev/null
    ./scosim sensitivity scenarios/sco-baseline.yaml --factor parameters.trustDecay=0.02:0.2 \
        --factor parameters.implementationRate=0.1:0.5 --samples 2 -n 3 --format "$format" -q \
        --out "$out/sensitivity/screen" > /dev/null
done

status=0 ran=0
if "$python" -c "import pandas" 2> /dev/null; then
    format=csv
    "$python" -c "import pyarrow" 2> /dev/null || "$python" -c "import fastparquet" 2> /dev/null && format=parquet
    "$python" --version
    "$python" -c "import pandas; print('pandas', pandas.__version__)"
    "$python" scripts/analysis-snippets/check.py docs/analysis.md "$scratch/$format" "$scratch/csv" "$format" || status=1
    ran=$((ran + 1))
else
    echo "scripts/analysis-snippets.sh: $python has no pandas; the pandas block is not checked" >&2
fi
if command -v "$rscript" > /dev/null && "$rscript" -e 'library(dplyr)' > /dev/null 2>&1; then
    format=csv
    "$rscript" -e 'library(arrow)' > /dev/null 2>&1 && format=parquet
    "$rscript" -e 'cat(R.version.string, "\ndplyr", as.character(packageVersion("dplyr")), "\n")'
    "$rscript" scripts/analysis-snippets/check.R docs/analysis.md "$scratch/$format" "$scratch/csv" "$format" || status=1
    ran=$((ran + 1))
else
    echo "scripts/analysis-snippets.sh: no Rscript with dplyr; the R block is not checked" >&2
fi
[ "$ran" -gt 0 ] || { echo "scripts/analysis-snippets.sh: neither pandas nor R with dplyr found" >&2; exit 2; }
exit "$status"
