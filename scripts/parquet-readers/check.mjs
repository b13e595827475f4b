// Reads every table of a Parquet run with two readers (parquet-wasm: arrow-rs, Rust's Parquet and Arrow library,
// compiled to WebAssembly; hyparquet: pure JavaScript) and compares each cell with the CSV run of the same seed.
// Used by scripts/parquet-readers.sh: node check.mjs PARQUET_RUN_DIR CSV_RUN_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const pw = require('parquet-wasm/node');
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

function parseCsv(text) {
  const rows = []; let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
const same = (v, s) => {
  if (v === null || v === undefined) return s === 'NA' || s === '';
  if (typeof v === 'boolean') return String(v) === s;
  if (typeof v === 'bigint') return v.toString() === s;
  if (typeof v === 'number') return v === Number(s);
  return String(v) === s;
};
const [pq, csv] = process.argv.slice(2);
let bad = 0;
for (const f of readdirSync(pq).filter(f => f.endsWith('.parquet')).sort()) {
  const bytes = new Uint8Array(readFileSync(`${pq}/${f}`));
  const t = tableFromIPC(pw.readParquet(bytes).intoIPCStream());
  const rowsH = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), compressors });
  const c = parseCsv(readFileSync(`${csv}/${f.replace('.parquet', '.csv')}`, 'utf8'));
  const head = c[0], body = c.slice(1);
  const names = t.schema.fields.map(x => x.name);
  if (names.join() !== head.join()) { console.log(f, 'columns differ', names, head); bad++; continue; }
  if (t.numRows !== body.length || rowsH.length !== body.length) { console.log(f, 'rows', t.numRows, rowsH.length, body.length); bad++; continue; }
  let cells = 0, wrong = 0;
  const cols = names.map(n => t.getChild(n));
  for (let r = 0; r < body.length; r++) {
    for (let k = 0; k < names.length; k++) {
      const a = cols[k].get(r), h = rowsH[r][names[k]], s = body[r][k];
      cells++;
      if (!same(a, s) || !same(h, s)) { if (wrong++ < 3) console.log(f, 'row', r, names[k], a, h, s); }
    }
  }
  bad += wrong;
  console.log(`${f}: ${body.length} rows, ${names.length} columns, ${cells} cells; arrow-rs and hyparquet against the CSV: ${wrong} differ`);
}
process.exit(bad ? 1 : 0);
