// Entry point of the GitHub Action (bundled into dist/index.js): only this; run() and its tests are in main.ts.
import { run } from "./main.js";

void run();
