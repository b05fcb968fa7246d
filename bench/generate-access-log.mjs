// Writes a synthetic BHXH portal access log: one CSV line per request (timestamp, account, ip, method, path,
// status), spread over 30 days and 200 accounts, with one account far above its baseline on one day.
// Usage: node bench/generate-access-log.mjs OUT.csv [LINES=10000000]
import { createWriteStream } from "node:fs";

const [out, linesArg = "10000000"] = process.argv.slice(2);
if (!out) {
  console.error("usage: node bench/generate-access-log.mjs OUT.csv [LINES]");
  process.exit(2);
}
const lines = Number(linesArg);
const accounts = Array.from({ length: 200 }, (_, i) => `38052_u${String(i).padStart(3, "0")}`);
const paths = ["/api/egw/guiHoSoXML4210", "/api/egw/KQNhanHoSo", "/api/egw/tra_cuu_the", "/api/token/take"];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const stream = createWriteStream(out);
stream.write("timestamp,account,ip,method,path,status\n");
const startMs = Date.UTC(2026, 9, 1) - 7 * 3600_000;
const spanMs = 30 * 86_400_000;
let chunk = "";
for (let i = 0; i < lines; i += 1) {
  // Every 50th request comes from u007 on 2026-10-12 (Vietnam time): the anomalous day.
  const anomalous = i % 50 === 0;
  const ms = anomalous
    ? Date.UTC(2026, 9, 12, 1) + Math.floor(random() * 10 * 3600_000)
    : startMs + Math.floor((i / lines) * spanMs);
  const account = anomalous ? accounts[7] : accounts[Math.floor(random() * accounts.length)];
  const stamp = new Date(ms + 7 * 3600_000).toISOString().slice(0, 19);
  chunk += `${stamp}+07:00,${account},10.38.${i % 256}.${(i >> 8) % 256},POST,${paths[i % paths.length]},200\n`;
  if (chunk.length > 1 << 20) {
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
    chunk = "";
  }
}
stream.end(chunk);
