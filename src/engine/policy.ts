import { createHash } from "node:crypto";
import * as sdk from "@open-policy-agent/opa-wasm";

// The SDK's ESM entry exposes loadPolicySync only on its default export, which its .d.mts does not declare.
export const { loadPolicySync } = (sdk as unknown as { default: typeof sdk }).default;

type LoadedPolicy = ReturnType<typeof loadPolicySync>;
import { describeThrown, EngineError } from "../errors.js";
import { DEFAULT_LIMITS } from "../load/limits.js";
import { readPackageFile } from "../paths.js";
import { dailyRequestMedians } from "./daily-medians.js";
import { dayNumbers } from "./day-numbers.js";
import { loadManifest } from "./manifest.js";
import { RULES_APART } from "./parts.js";

/**
 * Which findings an evaluation returns with every rule's status (policies/main/main.rego): all of them; all but the
 * passing ones (what text, Markdown and SARIF show: format/index.ts); or only the failed ones (what a batch summary
 * lists). A large facility's passing findings are most of its output, each written out by the policy, read back,
 * located and scrubbed of secrets.
 */
export type FindingsKept = "all" | "not_passed" | "failed";

export const ENTRYPOINTS: Record<FindingsKept, string> = {
  all: "kcb/main/results",
  not_passed: "kcb/main/not_passed",
  failed: "kcb/main/failures",
};

export type RuleStatus = "pass" | "fail" | "not_applicable" | "waived";

/** One finding as the Rego rules emit it (see policies/lib/findings.rego). */
export interface RawFinding {
  status: RuleStatus;
  target: string;
  pointer: string;
  message: { vi: string; en: string };
  waiver?: Record<string, unknown>;
}

export type RawResults = Record<string, { status: RuleStatus; findings: RawFinding[] }>;

export interface Engine {
  /**
   * `secrets` are the config's credentials as the one detector found them (validate/secrets.ts), pointers and kinds
   * only.
   */
  evaluate(config: unknown, asOf: string, secrets?: unknown[]): RawResults;
}

const encoder = new TextEncoder();
const WASM_PAGE_BYTES = 64 * 1024;
const MIN_INITIAL_PAGES = 5;
/**
 * The policy memory reserved for a config, per byte of its input JSON: an evaluation writes about 60 times the
 * input (the bench hospitals, ⅛ to 2× their rows), a small config up to 190 times, which the floor below covers.
 */
const RESERVED_PER_INPUT_BYTE = 256;
/**
 * What an instance reserves before it knows its config (16 MiB): enough for any config under about 64 KiB, and
 * below the 64 MiB of external memory past which V8 collects its heap at once (on every start, a tenth of a small
 * check's evaluation, when the whole allowance was reserved up front).
 */
const FLOOR_PAGES = 256;

export interface EngineOptions {
  /** The sha256 the WASM must have; defaults to the one policy/manifest.json recorded at build. */
  sha256?: string;
  /** Ceiling of the policy's linear memory; past it, evaluation fails closed. */
  maxMemoryBytes?: number;
  /** Opt-in rule packs to evaluate besides the default pack (data.packs; see scripts/build-index.mjs). */
  packs?: readonly string[];
  /** Size of policy input from which a config is evaluated in two parts (see SPLIT_INPUT_BYTES). */
  splitInputBytes?: number;
  /** WASM heap an evaluation may use before the engine replaces its instance (see RECYCLE_HEAP_BYTES). */
  recycleHeapBytes?: number;
  /** Which findings each rule's status comes with (see FindingsKept); all by default. */
  findings?: FindingsKept;
}

/**
 * Loads the compiled policy once and sets the profile parameters once; each evaluate() call
 * then only writes the input. The input goes in as JSON bytes so the SDK does not serialise it again.
 * The WASM is checked against its recorded sha256 first: a corrupted or swapped policy is never run.
 */
export function loadEngine(
  params: Record<string, unknown>,
  wasm: Uint8Array = readPackageFile("policy/policy.wasm"),
  options: EngineOptions = {},
): Engine {
  const expected = options.sha256 ?? loadManifest().sha256;
  const actual = createHash("sha256").update(wasm).digest("hex");
  if (actual !== expected) {
    throw new EngineError(
      `the policy WASM does not match its recorded sha256 (expected ${expected}, found ${actual}); reinstall kcb-compliance or rebuild the policy`,
    );
  }
  const maximum = Math.max(1, Math.floor((options.maxMemoryBytes ?? DEFAULT_LIMITS.maxPolicyMemoryBytes) / WASM_PAGE_BYTES));
  const reservation = (pages: number) => Math.min(maximum, Math.max(FLOOR_PAGES, pages));
  let reserved = 0;
  const instantiate = (pages: number): LoadedPolicy => {
    try {
      const loaded = loadPolicyReserved(compiledPolicy(wasm, actual), pages, maximum);
      loaded.setData({ params, packs: Object.fromEntries((options.packs ?? []).map((pack) => [pack, true])) });
      reserved = pages;
      return loaded;
    } catch (thrown) {
      throw new EngineError(`cannot load the policy WASM: ${describeThrown(thrown)}`, { cause: thrown });
    }
  };
  const splitBytes = options.splitInputBytes ?? SPLIT_INPUT_BYTES;
  const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
  const entrypoint = ENTRYPOINTS[options.findings ?? "all"];
  let policy: LoadedPolicy | undefined = instantiate(reservation(FLOOR_PAGES));
  return {
    evaluate(config, asOf, secrets = []) {
      try {
        const parts = inputParts(config, asOf, secrets);
        const length = inputLength(parts);
        // A config larger than the instance was reserved for gets a fresh instance reserved for it (see
        // loadPolicyReserved): growing the memory page by page would cost far more than instantiating again.
        const pages = reservation(Math.ceil((length * RESERVED_PER_INPUT_BYTE) / WASM_PAGE_BYTES));
        if (!policy || pages > reserved) policy = instantiate(Math.max(pages, reserved));
        let results: RawResults;
        let heap: number;
        if (length >= splitBytes && !waivesRuleApart(config)) {
          // Two evaluations, each resetting the heap: the rules with a finding per health worker apart, then the others.
          const rest = resultsOf(policy.evaluate(joined(parts, `,"part":"rest"`).buffer, entrypoint));
          heap = heapUsed(policy);
          const apart = resultsOf(policy.evaluate(joined(parts, `,"part":"apart"`).buffer, entrypoint));
          heap = Math.max(heap, heapUsed(policy));
          results = { ...rest, ...apart };
        } else {
          results = resultsOf(policy.evaluate(joined(parts).buffer, entrypoint));
          heap = heapUsed(policy);
        }
        if (heap >= recycleBytes) {
          policy = undefined;
          collectGarbage();
        }
        return results;
      } catch (thrown) {
        if (thrown instanceof UndefinedDecision) throw new EngineError(thrown.message);
        // A trap or abort can leave the instance's heap inconsistent: the next config gets a fresh one.
        policy = undefined;
        if (thrown instanceof EngineError) throw thrown;
        throw new EngineError(`policy evaluation failed: ${describeThrown(thrown)}`, { cause: thrown });
      }
    },
  };
}

class UndefinedDecision extends Error {}

function resultsOf(resultSet: unknown): RawResults {
  const results = (resultSet as Array<{ result?: RawResults }>)?.[0]?.result;
  if (!results || typeof results !== "object") {
    throw new UndefinedDecision("policy evaluation returned no result (undefined decision)");
  }
  return results;
}

/**
 * The input size (the policy's JSON bytes) from which a config is evaluated in two parts, joined by the runner
 * (input.part; see policies/main/main.rego): the rules that emit a finding per health worker (listed in
 * scripts/build-index.mjs) alone, then every other rule. The WASM heap is never freed during an evaluation, so each
 * part needs only its own: at 10,000 staff 144 MiB instead of 230, and less memory to write is also less time in the
 * WASM (the 2,330-staff hospital: 265 → 218 ms of CPU). Below this size the second parse of the input would cost
 * more than it saves. Each part judges the waivers it applies (test/engine-split.test.ts holds both ways to the same
 * results); see waivesRuleApart for the one kind of waiver that keeps a config whole.
 */
const SPLIT_INPUT_BYTES = 64 * 1024;

/**
 * Whether a waiver names a rule evaluated apart (or the waivers are not a list of records). A waiver is judged on
 * the findings of the rule it names (kcb.governance: it must name a target that rule checks), and the other part
 * reports the governance rule, which judges every waiver: it would evaluate that rule too, and splitting would cost
 * a second evaluation of it for next to no memory (10,000 staff with such waivers: each part's heap 92–97 % of the
 * whole's). A waiver of any other rule costs the split nothing: the policy evaluates only the rules waivers name, so
 * each part's heap is the same as without waivers.
 */
function waivesRuleApart(config: unknown): boolean {
  if (typeof config !== "object" || config === null) return true;
  const waivers = (config as Record<string, unknown>)["waivers"];
  if (waivers === undefined) return false;
  if (!Array.isArray(waivers)) return true;
  return waivers.some(
    (waiver: unknown) =>
      typeof waiver !== "object" || waiver === null || RULES_APART.includes((waiver as { rule?: unknown }).rule as string),
  );
}

/**
 * The policy never frees during an evaluation and its linear memory never shrinks: a 10,000-staff facility leaves
 * some 140 MB of it written, and those pages stay resident for as long as the instance lives — through the building
 * of that facility's report, and through every later facility of a batch worker (two workers holding a hospital's
 * pages each put a 300-file batch at 590 MiB peak; dropped past 32 MiB, 420 MiB, at the same speed). After an
 * evaluation that used more heap than this, the engine drops its instance, and the next evaluation starts a fresh
 * one (about 10 ms: the module is compiled once), so a check of one file never pays for an instance it will not use.
 * Measured on the heap the evaluation actually used, not guessed from the size of the file.
 */
const RECYCLE_HEAP_BYTES = 32 * 1024 * 1024;

function heapUsed(policy: LoadedPolicy): number {
  const exports = (policy.wasmInstance as WebAssembly.Instance).exports;
  return (exports["opa_heap_ptr_get"] as () => number)();
}

/**
 * A dropped instance's memory is freed when the garbage collector finds it unreachable: at once where the host
 * exposes the collector (the batch's workers, see batch/pool.ts), else at the latest when the next instance reserves
 * its own memory.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// Compiled policies by sha256: the engine starts a fresh instance after each evaluation that used a large heap and
// after a trap, and compiling the WASM again each time cost more than instantiating it.
const compiled = new Map<string, WebAssembly.Module>();

function compiledPolicy(wasm: Uint8Array, sha256: string): WebAssembly.Module {
  let module = compiled.get(sha256);
  if (!module) {
    module = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
    compiled.set(sha256, module);
  }
  return module;
}

/**
 * Instantiates the policy with `pages` of memory reserved up front, enough for the config it evaluates. OPA's
 * allocator grows the memory one 64 KiB page at a time, and V8 answers every grow with a garbage collection of the
 * JavaScript heap (it re-counts the buffer as external memory): a 2,330-staff hospital's first evaluation spent three
 * quarters of its 4 s there, a cost growing with the square of the rows. A reservation is address space only — the
 * operating system commits a page when the policy first writes it — so a small config uses no more memory than
 * before; but V8 counts it, and collects at once past 64 MiB, so a small config's instance reserves little
 * (FLOOR_PAGES). Where the reservation cannot be made (a 32-bit browser tab), half as much is tried, and so on;
 * beyond the reservation the policy grows as before.
 */
function loadPolicyReserved(wasm: WebAssembly.Module, pages: number, maximum: number): LoadedPolicy {
  for (let initial = pages; ; initial = Math.floor(initial / 2)) {
    try {
      return loadPolicySync(wasm, { initial, maximum });
    } catch (thrown) {
      if (!(thrown instanceof RangeError) || initial <= MIN_INITIAL_PAGES) throw thrown;
    }
  }
}

/**
 * The policy input as JSON bytes, so the SDK does not serialise it again: the evaluation date, the secrets the
 * detector found, the config, the day number of every date in them (see engine/day-numbers.ts) and the median
 * daily request count of each portal account, from this very config (see engine/daily-medians.ts).
 */
export function policyInput(config: unknown, asOf: string, secrets: unknown[] = []): Uint8Array<ArrayBuffer> {
  return joined(inputParts(config, asOf, secrets));
}

type InputParts = [head: Uint8Array, config: Uint8Array, tables: string];

function inputParts(config: unknown, asOf: string, secrets: unknown[]): InputParts {
  // The config's JSON is the bulk (4 MB at 10,000 staff, held as UTF-16): it is scanned and encoded as it is, never
  // joined to the other fields into a second copy of the whole text, which stayed resident through the evaluation.
  const configJson = JSON.stringify(config);
  const head = `{"asOf":${JSON.stringify(asOf)},"secrets":${JSON.stringify(secrets)},"config":`;
  const tables = `,"dayNumbers":${JSON.stringify(dayNumbers(head, configJson))},"dailyRequestMedians":${JSON.stringify(dailyRequestMedians(config))}`;
  return [encoder.encode(head), encoder.encode(configJson), tables];
}

function inputLength([head, config, tables]: InputParts): number {
  return head.length + config.length + tables.length;
}

/** The input's bytes, with `extra` (further `,"key":value` members) before its closing brace. */
function joined([head, config, tables]: InputParts, extra = ""): Uint8Array<ArrayBuffer> {
  const tail = encoder.encode(`${tables}${extra}}`);
  const bytes = new Uint8Array(head.length + config.length + tail.length);
  bytes.set(head, 0);
  bytes.set(config, head.length);
  bytes.set(tail, head.length + config.length);
  return bytes;
}

/** An engine that could not be loaded: every evaluation reports why, so each facility fails closed in the report. */
export function failedEngine(error: EngineError): Engine {
  return {
    evaluate() {
      throw error;
    },
  };
}
