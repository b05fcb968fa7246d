// Entry point of the GitHub Action (bundled into dist/index.js); everything else is in main.ts.
import { run } from "./main.js";

await run();
