"""Reads every Parquet table of a folder with pyarrow (Arrow's C++ reader, which R's arrow package uses too) and
compares each cell with the CSV table of the same name in another folder, as check.mjs does for arrow-rs and
hyparquet: a number must be the double its CSV cell parses to, NA must be null, text the same text; the integers
and booleans must come back typed. Used by scripts/parquet-readers.sh: python check_pyarrow.py PARQUET_DIR CSV_DIR
"""
import csv
import math
import os
import sys

import pyarrow.parquet as pq
import pyarrow.types as pt


def same(v, s):
    if v is None:
        return s in ("NA", "")
    if isinstance(v, bool):
        return str(v).lower() == s
    if isinstance(v, int):
        return str(v) == s
    if isinstance(v, float):
        return s not in ("NA", "") and not math.isnan(v) and v == float(s)
    return str(v) == s


def main(pq_dir, csv_dir):
    bad = 0
    for name in sorted(f for f in os.listdir(pq_dir) if f.endswith(".parquet")):
        table = pq.read_table(os.path.join(pq_dir, name))
        with open(os.path.join(csv_dir, name.replace(".parquet", ".csv")), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        head, body = rows[0], rows[1:]
        if table.column_names != head:
            print(f"FAIL  {name}: columns {table.column_names} against the CSV's {head}")
            bad += 1
            continue
        if table.num_rows != len(body):
            print(f"FAIL  {name}: {table.num_rows} rows against the CSV's {len(body)}")
            bad += 1
            continue
        for field in table.schema:
            kind = field.type
            if not (pt.is_string(kind) or pt.is_int32(kind) or pt.is_int64(kind) or pt.is_float64(kind)
                    or pt.is_boolean(kind)):
                print(f"FAIL  {name}: column {field.name} is {kind}")
                bad += 1
        wrong = cells = 0
        for k, column in enumerate(table.columns):
            values = column.to_pylist()
            for r, v in enumerate(values):
                cells += 1
                if not same(v, body[r][k]):
                    wrong += 1
                    if wrong <= 3:
                        print(f"FAIL  {name}: row {r + 1}, {head[k]}: {v!r} against the CSV's {body[r][k]!r}")
        bad += wrong
        print(f"{name}: {len(body)} rows, {len(head)} columns, {cells} cells; pyarrow against the CSV: {wrong} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
