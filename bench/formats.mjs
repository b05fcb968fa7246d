// Prints how long each report format takes for a batch of facilities (a province-sized run).
// Usage: npm run build && node bench/formats.mjs [facilities=2000]
import { check, formatReport, FORMATS } from "../lib/index.js";

const count = Number(process.argv[2] ?? 2000);
const sample = await check(["examples/noncompliant-hospital/facility.yaml", "examples/compliant-hospital/facility.yaml"], {
  asOf: "2026-11-20",
});
const facilities = Array.from({ length: count }, (_, i) => {
  const facility = sample.facilities[i % sample.facilities.length];
  const file = `configs/${String(i).padStart(5, "0")}/facility.yaml`;
  return {
    ...facility,
    file,
    facility: { ...facility.facility, code: String(10000 + i) },
    rules: facility.rules.map((rule) => ({
      ...rule,
      findings: rule.findings.map((f) => ({ ...f, location: { ...f.location, file } })),
    })),
  };
});
const report = { ...sample, facilities };
for (const format of Object.keys(FORMATS)) {
  const start = performance.now();
  const text = formatReport(report, format, { lang: "vi" });
  const ms = performance.now() - start;
  console.log(`${format.padEnd(6)} ${count} facilities: ${ms.toFixed(0).padStart(6)} ms, ${(text.length / 1e6).toFixed(1)} MB`);
}
