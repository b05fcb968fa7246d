#!/usr/bin/env node
// Loads the CLI inside a handler so that even a broken installation ends with a message and exit 2, not a trace.
try {
  // The committed bundle (scripts/build-action.mjs): one file to load instead of the library's two hundred modules.
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug in kcb itself, not in the user's input: say so briefly and fail closed.
  process.stderr.write(`kcb: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
