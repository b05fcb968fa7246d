// One provincial hospital shaped like the corpus's (2,330 staff, their trainings, 10 BHXH portal accounts with holder
// histories, a year of daily portal counts, monthly access reviews) at `factor` × its rows, references kept valid.
// bench/scale.mjs checks it at several sizes with the CLI; bench/web.mjs checks it at ×1 (about 1 MB) in the page.
import { facility, KINDS, reseed } from "./generate.mjs";

const HOSPITAL = { staff: 2330, accounts: 10, days: 365 };
const [provincial] = KINDS;

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
