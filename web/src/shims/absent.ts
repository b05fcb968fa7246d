import { ABSENT_FROM_PAGE } from "../../../src/load/optional.js";

// Stands for a module the page leaves out (ts-morph's TypeScript reader, DuckDB, the CLI's globs): importing it
// fails, and src/load/optional.ts turns the failure into the input error that says what to do instead.
throw Object.assign(new Error("not in the browser page"), { code: ABSENT_FROM_PAGE });
