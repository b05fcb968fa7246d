import workerSource from "kcb:worker-source";
import { todayInVietnam } from "../../src/dates.js";
import { describeLocation } from "../../src/errors.js";
import type { PageOutput, PageRequest, PageResult } from "./check-picked.js";
import type { PickedFile } from "./picked-files.js";
import type { WorkerRequest } from "./worker.js";
import { WORDS, type Lang } from "./words.js";

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** A file handle as picked or dropped, with its path inside what was picked; read anew for every check. */
interface Chosen {
  path: string;
  file: File;
}

let picked: Chosen[] = [];
let profileFile: Chosen | undefined;
let lang: Lang = "vi";
let result: PageResult | undefined;
/** The texts of the current result asked of the worker so far, by output and language. */
let texts = new Map<string, Promise<string>>();

type Answer = { result?: PageResult; text?: string; failure?: string };
type Request = DistributiveOmit<WorkerRequest, "id">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (answer: Answer) => void>();

/** The checker runs in a worker made from the code inlined in this page (a blob: URL, nothing fetched). */
function ask(request: Request): Promise<Answer> {
  if (!worker) {
    worker = new Worker(URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" })));
    worker.onmessage = ({ data }: MessageEvent<Answer & { id: number }>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
    worker.onerror = (event) => stopWorker(event.message);
  }
  nextId += 1;
  const id = nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ ...request, id });
  });
}

/** Ends the worker and whatever it was doing; whoever waits on it gets `failure` (undefined: replaced by a newer run). */
function stopWorker(failure?: string): void {
  worker?.terminate();
  worker = undefined;
  for (const resolve of waiting.values()) resolve({ failure });
  waiting.clear();
}

let runs = 0;

async function run(): Promise<void> {
  const words = WORDS[lang];
  const profileChoice = element<HTMLSelectElement>("profile").value;
  if (picked.length === 0) return setStatus(words.pickFirst, "waiting");
  if (profileChoice === "file" && !profileFile) return setStatus(words.pickProfile, "waiting");
  // A run started while another is in flight replaces it: the old worker (and its answer) is dropped.
  if (waiting.size > 0) stopWorker();
  runs += 1;
  const thisRun = runs;
  let files: PickedFile[];
  let profile: PickedFile | undefined;
  try {
    [files, profile] = await Promise.all([readChosen(picked), profileFile && readChosen([profileFile]).then(([file]) => file)]);
  } catch (error) {
    // Chrome refuses to read a picked file that changed on disk since: the user edited it and pressed "Check".
    return setStatus(`${words.changedSincePicked} (${(error as Error).name})`, "failure");
  }
  if (thisRun !== runs) return;
  const request: PageRequest = {
    files,
    asOf: element<HTMLInputElement>("asOf").value,
    profile: profileChoice === "file" ? profile! : profileChoice,
  };
  result = undefined;
  texts = new Map();
  render();
  setStatus(WORDS[lang].working, "working");
  const answer = await ask({ kind: "check", request });
  if (thisRun !== runs) return;
  result = answer.result;
  if (answer.failure !== undefined) setStatus(`${WORDS[lang].failure}: ${answer.failure}`, "failure");
  render();
}

/** One text of the current result (the report in a format and language, or the summary), asked once. */
function text(output: PageOutput, language: Lang): Promise<string> {
  const key = `${output} ${language}`;
  if (!texts.has(key)) {
    texts.set(
      key,
      ask({ kind: "format", output, lang: language }).then((answer) => {
        if (answer.text === undefined) throw new Error(answer.failure ?? "the check was replaced");
        return answer.text;
      }),
    );
  }
  return texts.get(key)!;
}

function render(): void {
  const words = WORDS[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]"))
    node.textContent = words[node.dataset.t as keyof typeof words];
  element("picked-count").textContent =
    picked.length > 0 ? `${picked.length} ${words.picked}: ${picked.map((file) => file.path).join(", ")}` : "";
  const shown = result;
  element("errors-section").hidden = !shown || shown.errors.length === 0;
  element("downloads").hidden = !shown?.report;
  element("download-summary").hidden = !shown?.summary;
  if (!shown) {
    show("summary", undefined);
    show("report", undefined);
    return;
  }
  element<HTMLUListElement>("errors").replaceChildren(
    ...shown.errors.map(({ location, message }) => {
      const item = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = describeLocation(location);
      item.append(where, ` ${message[lang]}`);
      return item;
    }),
  );
  // "Done" once the reports in this language are in their frames, so what the status says is what the user sees.
  setStatus(words.working, "working");
  const language = lang;
  void Promise.all([
    shown.summary ? text("summary", language) : undefined,
    shown.report ? text("html", language) : undefined,
  ]).then(
    async ([summary, report]) => {
      if (shown !== result || language !== lang) return;
      await Promise.all([show("summary", summary), show("report", report)]);
      setStatus(`${words.done}: ${shown.configs.length} ${words.configs}`, "done");
    },
    (error: Error) => {
      if (shown === result) setStatus(`${words.failure}: ${error.message}`, "failure");
    },
  );
}

/**
 * Reports are shown in sandboxed frames: their filter script runs, but they reach neither this page nor the network.
 * Resolves when the frame has loaded the report.
 */
function show(id: string, html: string | undefined): Promise<void> {
  const frame = element<HTMLIFrameElement>(id);
  frame.hidden = html === undefined;
  if (html === undefined || frame.srcdoc === html) return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener("load", () => resolve(), { once: true });
    frame.srcdoc = html;
  });
}

function setStatus(text: string, state: string): void {
  const status = element("status");
  status.textContent = text;
  status.dataset.state = state;
}

const DOWNLOADS: Record<PageOutput, [string, string]> = {
  html: ["kcb-report.html", "text/html"],
  json: ["kcb-report.json", "application/json"],
  sarif: ["kcb-report.sarif", "application/sarif+json"],
  summary: ["kcb-summary.html", "text/html"],
};

async function download(output: PageOutput): Promise<void> {
  if (!result?.report) return;
  const [name, type] = DOWNLOADS[output];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([await text(output, lang)], { type: `${type};charset=utf-8` }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

async function readChosen(files: Chosen[]): Promise<PickedFile[]> {
  const read = await Promise.all(
    files.map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return read.sort((a, b) => a.path.localeCompare(b.path));
}

/** The input's files; the input is then emptied, so picking the same files again (after an edit) checks again. */
function fromInput(input: HTMLInputElement): Chosen[] {
  const files = [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  input.value = "";
  return files;
}

/** Dropped files and folders (walked recursively where the browser exposes entries), with their relative paths. */
async function fromDrop(transfer: DataTransfer): Promise<Chosen[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const found: Chosen[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      found.push({ path: entry.fullPath.replace(/^\//, ""), file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns the folder in batches; an empty batch ends it.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return found;
}

async function pick(files: Chosen[]): Promise<void> {
  picked = files;
  result = undefined;
  render();
  await run();
}

function setup(): void {
  element<HTMLInputElement>("asOf").value = todayInVietnam();
  for (const id of ["files", "folder"]) {
    const input = element<HTMLInputElement>(id);
    input.addEventListener("change", () => void pick(fromInput(input)));
  }
  // Files dropped anywhere on the page are picked: a drop beside the box would otherwise make the browser open the
  // file in place of the page.
  const drop = element("drop");
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) drop.classList.remove("over");
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer) void fromDrop(event.dataTransfer).then(pick);
  });
  const profile = element<HTMLSelectElement>("profile");
  const profileInput = element<HTMLInputElement>("profile-file");
  profile.addEventListener("change", () => {
    profileInput.hidden = profile.value !== "file";
    void run();
  });
  profileInput.addEventListener("change", async () => {
    [profileFile] = fromInput(profileInput);
    await run();
  });
  element("asOf").addEventListener("change", () => void run());
  element("run").addEventListener("click", () => void run());
  element<HTMLSelectElement>("lang").addEventListener("change", (event) => {
    lang = (event.target as HTMLSelectElement).value as Lang;
    render();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-download]")) {
    button.addEventListener("click", () => {
      download(button.dataset.download as PageOutput).catch((error: Error) =>
        setStatus(`${WORDS[lang].failure}: ${error.message}`, "failure"),
      );
    });
  }
  render();
}

setup();
