import { DuckDBInstance } from "@duckdb/node-api";
const file = process.argv[2];
const db = await DuckDBInstance.create(":memory:"); const c = await db.connect();
await c.run("SET TimeZone = 'Asia/Ho_Chi_Minh'");
const src = `read_csv('${file}', header=true, columns={'timestamp':'VARCHAR','account':'VARCHAR','ip':'VARCHAR','method':'VARCHAR','path':'VARCHAR','status':'VARCHAR'})`;
for (const [name, q] of [
  ["count", `SELECT count(*) FROM ${src}`],
  ["group substr", `SELECT substr("timestamp",1,10) d, account, count(*) FROM ${src} GROUP BY ALL`],
  ["group tstz", `SELECT CAST(CAST("timestamp" AS TIMESTAMPTZ) AS DATE) d, account, count(*) FROM ${src} GROUP BY ALL`],
  ["group tstz typed", `SELECT CAST("timestamp" AS DATE) d, account, count(*) FROM read_csv('${file}', header=true, columns={'timestamp':'TIMESTAMPTZ','account':'VARCHAR','ip':'VARCHAR','method':'VARCHAR','path':'VARCHAR','status':'VARCHAR'}) GROUP BY ALL`],
]) { const t = performance.now(); const r = await c.runAndReadAll(q); console.log(name, r.getRows().length, (performance.now() - t).toFixed(0), "ms"); }
