#!/usr/bin/env node
// Loads the CLI inside a handler so that even a broken installation ends with a message and exit 2, not a trace.
// A reader that stops early (`kcb check … | head`) closes the pipe: what it did not read is not an error of the
// check, so the rest of the output is dropped and the run ends with its own exit code, not a stack trace.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
try {
  // The committed bundle (scripts/build-action.mjs): one file to load instead of the library's two hundred modules.
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug in kcb itself, not in the user's input: say so briefly and fail closed.
  process.stderr.write(`kcb: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
