/**
 * The median daily request count of every account in the config's portal statistics (accessStats), for the
 * policy's baseline rule to look up instead of sorting each account's counts in Rego (see
 * policies/rules/byt_5715_2019/access.rego). The WASM target has no memoization to lean on and its `sort` is an
 * insertion sort: a year of daily counts per account is 365 values, and sorting them was about 15 % of a large
 * hospital's evaluation. Here each account's counts are grouped and sorted once, in n log n.
 *
 * Called on the very config object the policy input serialises (engine/policy.ts `policyInput`), so the table
 * describes exactly what the policy sees. It mirrors the rule row for row — a row counts when it is an object with
 * both an `account` and a `requests` — and lists only what it can compute exactly: an account (a string) all of
 * whose counts are safe integers and whose middle pair sums to one. Anything else — a count that is a decimal, a
 * string, an account that is not a string, statistics that are not a list — is left out, and the policy sorts that
 * account itself, so the table can only agree with the policy's own arithmetic, never replace a judgement.
 * test/daily-medians.test.ts holds the two to the same answers.
 */
export function dailyRequestMedians(config: unknown): Record<string, number> {
  const stats = isPlainObject(config) ? config["accessStats"] : undefined;
  if (!Array.isArray(stats) || Object.getPrototypeOf(stats) !== Array.prototype) return {};
  // null marks an account the table must leave to the policy.
  const counts = new Map<string, number[] | null>();
  for (const stat of stats as unknown[]) {
    if (!isPlainObject(stat) || !("account" in stat) || !("requests" in stat)) continue;
    const { account, requests } = stat;
    if (account === undefined || requests === undefined) continue; // JSON.stringify drops them: the rule sees no row
    if (typeof account !== "string") continue; // a key the table cannot hold: the policy sorts it
    const list = counts.get(account);
    if (list === null) continue;
    if (typeof requests !== "number" || !Number.isSafeInteger(requests)) counts.set(account, null);
    else if (list) list.push(requests);
    else counts.set(account, [requests]);
  }
  const medians: Array<[string, number]> = [];
  for (const [account, list] of counts) {
    if (!list) continue;
    const sorted = Float64Array.from(list).sort();
    const half = sorted.length >> 1;
    if (sorted.length % 2 === 1) {
      medians.push([account, sorted[half]!]);
    } else {
      const sum = sorted[half - 1]! + sorted[half]!;
      if (Number.isSafeInteger(sum)) medians.push([account, sum / 2]);
    }
  }
  // fromEntries defines own properties: an account named "__proto__" is a key like any other.
  return Object.fromEntries(medians);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
