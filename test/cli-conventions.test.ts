import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAsOf, wantsColor } from "../src/cli/terminal.js";

// Conventions a terminal user expects of any CLI: --version, --quiet, colour only where it can be seen,
// argument errors that name the argument (no file:line), and a warning for a date that has not come.
function kcb(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NONCOMPLIANT = "examples/noncompliant-hospital/facility.yaml";
const ESC = "\u001b[";

describe("kcb conventions", () => {
  /** kcb with its stdout read like `| head -c 1`: the first chunk, then the reader closes its end of the pipe. */
  async function kcbIntoHead(args: string[]) {
    const child = spawn(process.execPath, ["bin/kcb.js", ...args]);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "close")) as [number | null];
    return { code, stderr };
  }

  it("stops quietly, with the check's exit code, when the reader closes the pipe early (kcb check … | head)", async () => {
    // The JSON report (126 KB) is still being written when the reader goes.
    expect(await kcbIntoHead(["check", NONCOMPLIANT, "--as-of", "2026-11-20", "--format", "json"])).toEqual({
      code: 1,
      stderr: "",
    });
  });

  it("still writes the other summaries, with the check's exit code, when a summary's reader closes the pipe early", async () => {
    // Twelve failing hospitals: their JSON summary fills the pipe, so kcb waits for a reader that has gone.
    const folder = mkdtempSync(join(tmpdir(), "kcb-pipe-"));
    for (let n = 1; n <= 12; n += 1) copyFileSync(NONCOMPLIANT, join(folder, `facility-${n}.yaml`));
    const csv = join(folder, "out", "summary.csv");
    const args = ["check", folder, "--as-of", "2026-11-20", "--no-progress", "--summary", "json=-", "--summary", `csv=${csv}`];
    expect(await kcbIntoHead(args)).toEqual({ code: 1, stderr: "" });
    expect(readFileSync(csv, "utf8").split("\r\n").filter(Boolean)).toHaveLength(13);
  });

  it("prints its version", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(kcb(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("--quiet shows only failing rules (and what could not be assessed), with the summary", () => {
    const quiet = kcb(["check", NONCOMPLIANT, "examples/compliant-hospital/facility.yaml", "--as-of", "2026-11-20", "--quiet"]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/✓ PASS|N\/A {2}|~ WAIVED/);
    expect(quiet.stdout).not.toContain("examples/compliant-hospital/facility.yaml");
    expect(quiet.stdout.match(/✗ FAIL/g)).toHaveLength(44);
    expect(quiet.stdout).toMatch(
      /Summary: 2 facilities · 1 facilities failing · 44 rule results failing · 1 waived · 45 passing · 2 not applicable\n$/,
    );
  });

  it("colours text only when asked by FORCE_COLOR or a terminal, never JSON or files, and honours NO_COLOR", () => {
    const forced = kcb(["check", NONCOMPLIANT, "--as-of", "2026-11-20"], { FORCE_COLOR: "1" });
    expect(forced.stdout).toContain(`${ESC}1m${ESC}31m✗ FAIL`);
    // Piped (not a terminal): no colour; NO_COLOR wins over a terminal, FORCE_COLOR=0 turns colour off.
    expect(kcb(["check", NONCOMPLIANT, "--as-of", "2026-11-20"]).stdout).not.toContain(ESC);
    expect(kcb(["check", NONCOMPLIANT, "--as-of", "2026-11-20", "--format", "json"], { FORCE_COLOR: "1" }).stdout).not.toContain(
      ESC,
    );
    const terminal = { isTTY: true, hasColors: () => true } as unknown as NodeJS.WriteStream;
    expect(wantsColor(terminal, {})).toBe(true);
    expect(wantsColor(terminal, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(terminal, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor({ isTTY: false } as NodeJS.WriteStream, {})).toBe(false);
  });

  it("names the argument at fault, without a made-up file:line", () => {
    const badDate = kcb(["check", NONCOMPLIANT, "--as-of", "2026-02-30"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe('kcb: --as-of: "2026-02-30" is not a calendar date\n     ngày "2026-02-30" không tồn tại\n');
    expect(kcb(["explain", "no_such_rule"]).stderr).toMatch(/^kcb: explain: No rule "no_such_rule"/);
    expect(kcb(["check", "no-such-folder"]).stderr).toMatch(/^kcb: no-such-folder: No such file or folder\./);
    expect(kcb(["check", NONCOMPLIANT, "--max-file-size", "lots"]).stderr).toMatch(/^kcb: --max-file-size: "lots" is not a size/);
  });

  it("warns when --as-of is after today in Viet Nam, and still checks", () => {
    const written: string[] = [];
    const stderr = { write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream;
    checkAsOf("2026-12-03", "en", stderr, "2026-12-02");
    checkAsOf("2026-12-02", "en", stderr, "2026-12-02");
    expect(written).toEqual([
      "kcb: warning: --as-of 2026-12-03 is in the future (today is 2026-12-02 in Asia/Ho_Chi_Minh); results are as of that day.\n",
    ]);
    const future = kcb(["check", NONCOMPLIANT, "--as-of", "2999-01-01", "--lang", "vi"]);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/^kcb: cảnh báo: --as-of 2999-01-01 là ngày trong tương lai/);
  });
});
