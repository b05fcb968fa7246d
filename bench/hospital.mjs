// One provincial hospital shaped like the corpus's (2,330 staff, their trainings, 10 BHXH portal accounts with holder
// histories, a year of daily portal counts, monthly access reviews) at `factor` × its rows, references kept valid.
// bench/scale.mjs checks it at several sizes with the CLI; bench/web.mjs checks it at ×1 (about 1 MB) in the page.
// As a command it writes one: node bench/hospital.mjs --out hospital.yaml [--factor 1] [--as-of 2026-11-20]
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { facility, KINDS, reseed, toYaml } from "./generate.mjs";

const HOSPITAL = { staff: 2330, accounts: 10, days: 365 };
const [provincial, , , commune] = KINDS;

/** The hospital at `factor` × its rows: staff and accounts scale, and the days keep daily rows at factor × 3,650. */
export function scaledHospital(factor, asOf, staff = Math.round(HOSPITAL.staff * factor)) {
  const accounts = Math.max(1, Math.round(HOSPITAL.accounts * factor));
  const days = Math.round((HOSPITAL.accounts * HOSPITAL.days * factor) / accounts);
  return withReviews(
    generated("33005", { ...provincial, staff: [staff, staff], portalAccounts: [accounts, accounts] }, days),
    days,
    asOf,
  );
}

/** A commune station with a year of daily counts: the small end of the scale (bench/scale.mjs). */
export function communeStation() {
  return generated("33001", { ...commune, staff: [8, 8] }, 365);
}

export function generated(code, kind, days) {
  reseed(11); // the same people, trainings and counts at every size, so only the row counts differ
  return facility(code, kind, days);
}

/** One access review per past month of portal statistics (the generator writes none). */
function withReviews(config, days, asOf) {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const reviews = [];
  for (let month = Math.ceil(days / 30); month >= 2; month -= 1) {
    const start = new Date(end - month * 30 * 86400000);
    reviews.push({
      period: start.toISOString().slice(0, 7),
      reviewedOn: new Date(start.getTime() + 35 * 86400000).toISOString().slice(0, 10),
      reviewer: config.facility.head.name,
      outcome: "normal",
    });
  }
  return { ...config, accessReviews: reviews };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      factor: { type: "string", default: "1" },
      "as-of": { type: "string", default: "2026-11-20" },
    },
  });
  if (!values.out) throw new Error("usage: node bench/hospital.mjs --out FILE [--factor 1] [--as-of YYYY-MM-DD]");
  writeFileSync(values.out, toYaml(scaledHospital(Number(values.factor), values["as-of"])));
}
