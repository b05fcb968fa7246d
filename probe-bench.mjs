import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { DuckDBInstance } from "@duckdb/node-api";
const file = process.argv[2];
let t = performance.now(); let n = 0;
for await (const buf of createReadStream(file, { highWaterMark: 1 << 20 })) { let i = -1; while ((i = buf.indexOf(10, i + 1)) !== -1) n++; }
console.log("floor", n, (performance.now() - t).toFixed(0), "ms");
t = performance.now(); const m = new Map();
for await (const r of createReadStream(file).pipe(parse({ from_line: 2 }))) { const k = r[0].slice(0, 10) + "\t" + r[1]; m.set(k, (m.get(k) ?? 0) + 1); }
console.log("csv-parse", m.size, (performance.now() - t).toFixed(0), "ms");
t = performance.now();
const db = await DuckDBInstance.create(":memory:"); const c = await db.connect();
await c.run("SET TimeZone = 'Asia/Ho_Chi_Minh'");
const r = await c.runAndReadAll(`SELECT strftime(CAST(CAST("timestamp" AS TIMESTAMPTZ) AS DATE), '%Y-%m-%d') AS date, account, count(*) AS requests FROM read_csv('${file}', header=true, all_varchar=true) GROUP BY ALL ORDER BY date, account`);
console.log("duckdb", r.getRowObjects().length, (performance.now() - t).toFixed(0), "ms", r.getRowObjects().slice(0,2));
