#!/usr/bin/env node
// How long the browser page (web/dist/index.html) takes on a 1 MB config, in Debian's chromium, beside `kcb check`
// on the same file. The config is bench/hospital.mjs's hospital at ×1 (2,330 staff, ~1 MB of YAML). Each page run
// opens the page from file:// afresh, picks the file and waits for the report, as a user would; one more run is
// profiled in the page's worker (CDP Profiler) and its time split into the policy (opa_eval inside the WASM: input
// parse, Rego evaluation, result dump) and the rest (the page's own JavaScript: loader, validation, report, formats).
// Run after `npm run build`: node bench/web.mjs [--repeat 3] [--factor 1] [--cpuprofile file]
// It prints figures; it asserts nothing (the machine is shared: read the ratios within one run).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { toYaml } from "./generate.mjs";
import { scaledHospital } from "./hospital.mjs";

const { values } = parseArgs({
  options: {
    repeat: { type: "string", default: "3" },
    factor: { type: "string", default: "1" },
    "as-of": { type: "string", default: "2026-11-20" },
    cpuprofile: { type: "string" },
  },
});
const asOf = values["as-of"];
const repeat = Math.max(1, Number(values.repeat));
const folder = mkdtempSync(join(tmpdir(), "kcb-web-bench-"));
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** `kcb check` in a child process: its wall time, as the user waits for it. */
function cliRun(file) {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["bin/kcb.js", "check", file, "--as-of", asOf, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  if (child.status !== 0 && child.status !== 1) throw new Error(`kcb check failed (exit ${child.status}):\n${child.stderr}`);
  return { wall, rules: Object.keys(JSON.parse(child.stdout).facilities[0].rules).length };
}

/** Opens the page, picks the file, waits for the report; `during` runs with the page open (for the profiler). */
async function pageRun(browser, url, file, during = async () => async () => undefined) {
  const page = await browser.newPage();
  const opened = performance.now();
  await page.goto(url, { waitUntil: "load" });
  const loaded = performance.now();
  await page.fill("#asOf", asOf);
  const stop = await during(page);
  await page.evaluate(() => (document.getElementById("status").dataset.state = "picking"));
  const picked = performance.now();
  await page.setInputFiles("#files", file);
  await page.waitForSelector('#status[data-state="done"]', { timeout: 600_000 });
  const done = performance.now();
  const extra = await stop();
  const errors = await page.locator("#errors li").count();
  await page.close();
  return { load: loaded - opened, check: done - picked, errors, extra };
}

/**
 * Profiles the page's worker (and its main thread) through the page's CDP session: the worker is a child target, reached with
 * Target.attachToTarget and messages sent inside Target.sendMessageToTarget.
 */
async function profiled(browser, page) {
  const cdp = await browser.newCDPSession(page);
  let id = 0;
  const waiting = new Map();
  cdp.on("Target.receivedMessageFromTarget", ({ message }) => {
    const answer = JSON.parse(message);
    waiting.get(answer.id)?.(answer);
  });
  const workerTarget = async () => {
    for (let tries = 0; tries < 200; tries += 1) {
      const { targetInfos } = await cdp.send("Target.getTargets");
      const found = targetInfos.find((target) => target.type === "worker");
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the page started no worker");
  };
  // The worker starts with the page's first check: start one on an empty pick so it exists before the timed one.
  await page.setInputFiles("#files", { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("") });
  await page.waitForSelector('#status[data-state="done"]');
  const { targetId } = await workerTarget();
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: false });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      id += 1;
      waiting.set(id, (answer) => (answer.error ? reject(new Error(answer.error.message)) : resolve(answer.result)));
      void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await send("Profiler.enable");
  await send("Profiler.setSamplingInterval", { interval: 1000 });
  await send("Profiler.start");
  // The page's own thread too: reading the files, and showing the report (its parse and layout are "(program)").
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
  await cdp.send("Profiler.start");
  return async () => ({ worker: (await send("Profiler.stop")).profile, main: (await cdp.send("Profiler.stop")).profile });
}

const POLICY_PARTS = {
  opa_json_parse: "opa_eval: input JSON parse",
  opa_value_parse: "opa_eval: input JSON parse",
  opa_json_dump: "opa_eval: result dump",
  opa_value_dump: "opa_eval: result dump",
};

/** Which part a sample belongs to: the innermost WASM function on its stack decides; no WASM on it, the page's JS. */
function partOf(frames) {
  const wasm = frames.filter((frame) => frame.url.startsWith("wasm://"));
  if (wasm.length === 0)
    return frames[0].functionName === "(garbage collector)"
      ? "garbage collector"
      : "JavaScript (loader, validation, report, formats)";
  return POLICY_PARTS[wasm.find((frame) => POLICY_PARTS[frame.functionName])?.functionName] ?? "opa_eval: Rego evaluation";
}

/**
 * Milliseconds per part and per function: each sample counts the time since the one before (V8's own attribution;
 * on a loaded machine it includes the time the worker waited for a core).
 */
function split(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const parts = new Map();
  const functions = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((sample, index) => {
    const frames = [];
    for (let at = sample; at !== undefined; at = parent.get(at)) frames.push(byId.get(at).callFrame);
    const { functionName, url } = frames[0];
    if (["(idle)", "(program)", "(root)"].includes(functionName)) return;
    const ms = profile.timeDeltas[index] / 1000;
    add(parts, partOf(frames), ms);
    add(functions, `${functionName || "(anonymous)"}${url.startsWith("wasm://") ? " (wasm)" : ""}`, ms);
  });
  return { parts, functions };
}

/** Time of the samples in "(program)": the browser's native work on that thread (HTML parse, style, layout). */
function programTime(profile) {
  const program = new Set(profile.nodes.filter((node) => node.callFrame.functionName === "(program)").map((node) => node.id));
  return profile.samples.reduce((sum, sample, index) => sum + (program.has(sample) ? profile.timeDeltas[index] / 1000 : 0), 0);
}

try {
  const file = join(folder, "hospital.yaml");
  writeFileSync(file, toYaml(scaledHospital(Number(values.factor), asOf)));
  const size = statSync(file).size;
  execFileSync(process.execPath, ["scripts/build-web.mjs", "--out", folder, "--readable"], { stdio: "inherit" });
  const url = pathToFileURL(join(folder, "index.html")).href;
  console.log(`config: hospital ×${values.factor}, ${(size / 1048576).toFixed(2)} MiB of YAML; ${repeat} run(s) each, medians`);

  const context = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const browser = await context.newContext();
    // Interleaved, so a change in the machine's load falls on both.
    const cli = [];
    const runs = [];
    for (let n = 0; n < repeat; n += 1) {
      cli.push(cliRun(file));
      runs.push(await pageRun(browser, url, file));
    }
    if (runs.some((run) => run.errors > 0)) console.error("the page showed input errors: the figures are not of a full check");
    const pageCheck = median(runs.map((run) => run.check));
    const cliWall = median(cli.map((run) => run.wall));
    console.log(`| measure | median |\n| --- | ---: |`);
    console.log(`| kcb check (CLI, child process, ${cli[0].rules} rules) | ${seconds(cliWall)} |`);
    console.log(`| page: open from file:// until load | ${seconds(median(runs.map((run) => run.load)))} |`);
    console.log(`| page: pick → report shown | ${seconds(pageCheck)} |`);
    console.log(`| page ÷ CLI | ${(pageCheck / cliWall).toFixed(2)}× |`);

    const { extra: profiles, check } = await pageRun(browser, url, file, (page) => profiled(browser, page));
    if (values.cpuprofile) writeFileSync(values.cpuprofile, JSON.stringify(profiles.worker));
    const { parts, functions } = split(profiles.worker);
    const busy = [...parts.values()].reduce((sum, ms) => sum + ms, 0);
    const row = (label, ms) => `| ${label} | ${ms.toFixed(0)} | ${((100 * ms) / busy).toFixed(1)} % |`;
    console.log(`\nprofiled run (the worker's CPU profile; this run took ${seconds(check)} with the profiler on):`);
    console.log(`| part | ms | share of the worker's busy time |\n| --- | ---: | ---: |`);
    const opa = [...parts].filter(([part]) => part.startsWith("opa_eval")).reduce((sum, [, ms]) => sum + ms, 0);
    console.log(row("opa_eval, all of it", opa));
    for (const [part, ms] of [...parts].sort((a, b) => b[1] - a[1])) console.log(row(part, ms));
    console.log(`| busy, all of it | ${busy.toFixed(0)} | |`);
    const main = split(profiles.main);
    const mainBusy = [...main.parts.values()].reduce((sum, ms) => sum + ms, 0);
    const native = programTime(profiles.main);
    console.log(
      `\nthe page's main thread meanwhile: ${mainBusy.toFixed(0)} ms of JavaScript and garbage collection, ${native.toFixed(0)} ms in the browser's own code (reading files, showing the report)`,
    );
    console.log(`\nheaviest functions in the worker by self time:`);
    for (const [name, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  } finally {
    await context.close();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
