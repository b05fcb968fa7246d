// Node's file system, threads and OS, as the page sees them: the code paths that use them (reading the disk, worker
// pools, DuckDB, the TypeScript loader) never run there, because the page reads its files through a FileSource
// (web/src/picked-files.ts) and its package files inline. Should one run, it fails loudly instead of pretending.
function unavailable(name: string): never {
  throw new Error(`${name} is not available in the browser page`);
}

export const readFileSync = () => unavailable("fs.readFileSync");
export const readFile = () => unavailable("fs.readFile");
export const createReadStream = () => unavailable("fs.createReadStream");
export const realpath = () => unavailable("fs.realpath");
export const open = () => unavailable("fs.open");
export const stat = () => unavailable("fs.stat");
export const readdir = () => unavailable("fs.readdir");
export const lstat = () => unavailable("fs.lstat");
export const openSync = () => unavailable("fs.openSync");
export const readSync = () => unavailable("fs.readSync");
export const fstatSync = () => unavailable("fs.fstatSync");
export const statSync = () => unavailable("fs.statSync");
export const closeSync = () => unavailable("fs.closeSync");
export const existsSync = () => unavailable("fs.existsSync");
export const constants = {};
export const availableParallelism = () => 1;
export const fileURLToPath = () => unavailable("url.fileURLToPath");
export class Worker {
  constructor() {
    unavailable("worker_threads.Worker");
  }
}
export const setFlagsFromString = () => unavailable("v8.setFlagsFromString");
export const isMainThread = true;
export const parentPort = null;
export const workerData = undefined;
export default {};
