"""Runs the pandas code of docs/analysis.md on the results of the commands the docs name, and checks its answers.

    python3 check.py DOCS RESULTS ORACLE FORMAT

DOCS is docs/analysis.md, RESULTS the folder the code's "results/" stands for, ORACLE the CSV results of the same
commands and seeds, FORMAT the format of RESULTS: parquet runs the code as printed; csv runs it with each
pd.read_parquet(".../x.parquet") read as pd.read_csv(".../x.csv"), as the docs' comments say. The answers are checked
against files the same runs wrote by other code (series.csv, sweep.csv, the china_trade_bn_usd measure, a sensitivity
analysis's runs/NNNN.csv and design.csv), read here with the csv module, not pandas.
"""
import contextlib
import csv
import io
import math
import re
import sys
from collections import defaultdict

docs, results, oracle, fmt = sys.argv[1:5]
text = open(docs, encoding="utf-8").read()
blocks = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "import pandas" in b]
if len(blocks) != 1:
    sys.exit(f"{docs}: expected one ```python block that imports pandas, found {len(blocks)}")
code = blocks[0]
if fmt == "csv":
    code = code.replace("pd.read_parquet(", "pd.read_csv(").replace('.parquet"', '.csv"')
    if "parquet" in code:
        sys.exit(f"{docs}: the pandas block names Parquet where the CSV reading cannot stand in for it:\n{code}")
code = code.replace('"results/', '"' + results + "/")
namespace = {}
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    exec(compile(code, f"{docs} (pandas block, {fmt})", "exec"), namespace)

failures = []


def check(what, ok):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


def close(a, b, rel=2e-5):
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9)


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# 1. mean trust by year: the comparison's own summary of the baseline (series.csv)
series = {int(r["year"]): r for r in rows(f"{oracle}/compare/rules/sco-baseline/series.csv")
          if r["measure"] == "mean_trust" and r["subject"] == "SCO"}
by_year = namespace["trust"].groupby("year").value.agg(["mean", "std", "count"])
check(f"mean_trust by year: {len(by_year)} years, as series.csv has", len(by_year) == len(series) > 0)
check("mean_trust by year: each mean, standard deviation and count is series.csv's",
      all(close(by_year.loc[y, "mean"], s["mean"]) and close(by_year.loc[y, "std"], s["sd"], 1e-4)
          and int(by_year.loc[y, "count"]) == int(s["n"]) for y, s in series.items()))

# 2. China-Russia trade, years x replications: the run's china_trade_bn_usd measure for RUS
run = f"{oracle}/sco-baseline/2026-12-01T10-00-00"
measured = {(int(r["year"]), int(r["replication"])): float(r["value"]) for r in rows(f"{run}/measures.csv")
            if r["measure"] == "china_trade_bn_usd" and r["subject"] == "RUS"}
cr = namespace["cr"]
years = sorted({y for y, _ in measured})
reps = sorted({k for _, k in measured})
check(f"China-Russia trade: {cr.shape[0]} years x {cr.shape[1]} replications, as the measures have",
      list(cr.index) == years and list(cr.columns) == reps)
check("China-Russia trade: every cell is the china_trade_bn_usd measure of RUS",
      all(close(cr.loc[y, k], v, 1e-9) for (y, k), v in measured.items()))

# 3. a sweep's mean trust in 2016 by rule: sweep.csv's rows of 2016, averaged by rule.type
sums = defaultdict(lambda: [0.0, 0])
for r in rows(f"{oracle}/sweep/x/sweep.csv"):
    if r["year"] == "2016":
        sums[r["rule.type"]][0] += float(r["mean_trust"])
        sums[r["rule.type"]][1] += 1
runs = namespace["runs"]
by_rule = runs[(runs.measure == "mean_trust") & (runs.year == 2016)].groupby("rule.type").value.mean()
check(f"sweep: one mean a rule ({', '.join(by_rule.index)}), as sweep.csv has", sorted(by_rule.index) == sorted(sums))
check("sweep: each rule's mean trust in 2016 is the mean of sweep.csv's rows",
      all(close(by_rule[t], s / n, 1e-6) for t, (s, n) in sums.items()))

# 4. a sensitivity analysis's point means: each point's exact values (runs/NNNN.csv), averaged, and its factor value
exact = defaultdict(list)
screen = f"{oracle}/sensitivity/screen"
design = {int(r["run"]): float(r["parameters.implementationRate"]) for r in rows(f"{screen}/design.csv")}
for p in design:
    for r in rows(f"{screen}/runs/{p:04d}.csv"):
        if r["measure"] == "agreements_implemented":
            exact[p].append(float(r["value"]))
pm = {int(run): (float(rate), v) for (run, rate), v in namespace["point_means"].items()}
check(f"sensitivity: {len(pm)} point means, one a design point", sorted(pm) == sorted(design) and len(pm) > 0)
check("sensitivity: each point's mean is its exact values' mean, beside its implementation rate",
      all(close(pm[p][1], sum(v) / len(v), 1e-5) and pm[p][0] == design[p] for p, v in exact.items()))

print(f"pandas block of {docs}, {fmt}: {'every check passed' if not failures else f'{len(failures)} failed'}")
sys.exit(1 if failures else 0)
