import workerSource from "kcb:worker-source";
import { todayInVietnam } from "../../src/dates.js";
import { describeLocation } from "../../src/errors.js";
import type { PageRequest, PageResult } from "./check-picked.js";
import type { PickedFile } from "./picked-files.js";
import { WORDS, type Lang } from "./words.js";

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let picked: PickedFile[] = [];
let profileFile: PickedFile | undefined;
let lang: Lang = "vi";
let result: PageResult | undefined;
let worker: Worker | undefined;
let pending: ((answer: { result?: PageResult; failure?: string }) => void) | undefined;

/** The checker runs in a worker made from the code inlined in this page (a blob: URL, nothing fetched). */
function checker(): Worker {
  if (!worker) {
    worker = new Worker(URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" })));
    worker.onmessage = (event) => pending?.(event.data);
    worker.onerror = (event) => pending?.({ failure: event.message });
  }
  return worker;
}

async function run(): Promise<void> {
  if (picked.length === 0) return;
  const profileChoice = element<HTMLSelectElement>("profile").value;
  if (profileChoice === "file" && !profileFile) return;
  // A run started while another is in flight replaces it: the old worker (and its answer) is dropped.
  if (pending) {
    worker?.terminate();
    worker = undefined;
  }
  const request: PageRequest = {
    files: picked,
    asOf: element<HTMLInputElement>("asOf").value,
    profile: profileChoice === "file" ? profileFile! : profileChoice,
  };
  setStatus(WORDS[lang].working, "working");
  const answer = await new Promise<{ result?: PageResult; failure?: string }>((resolve) => {
    pending = resolve;
    checker().postMessage(request);
  });
  pending = undefined;
  result = answer.result;
  if (answer.failure !== undefined) setStatus(`${WORDS[lang].failure}: ${answer.failure}`, "failure");
  render();
}

function render(): void {
  const words = WORDS[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]"))
    node.textContent = words[node.dataset.t as keyof typeof words];
  element("picked-count").textContent =
    picked.length > 0 ? `${picked.length} ${words.picked}: ${picked.map((file) => file.path).join(", ")}` : "";
  if (!result) return;
  setStatus(`${words.done}: ${result.configs.length} ${words.configs}`, "done");
  const errors = element<HTMLUListElement>("errors");
  errors.replaceChildren(
    ...result.errors.map(({ location, message }) => {
      const item = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = describeLocation(location);
      item.append(where, ` ${message[lang]}`);
      return item;
    }),
  );
  element("errors-section").hidden = result.errors.length === 0;
  show("summary", result.summary?.html[lang]);
  show("report", result.report?.html[lang]);
  element("downloads").hidden = !result.report;
  element("download-summary").hidden = !result.summary;
}

/** Reports are shown in sandboxed frames: their filter script runs, but they reach neither this page nor the network. */
function show(id: string, html: string | undefined): void {
  const frame = element<HTMLIFrameElement>(id);
  frame.hidden = html === undefined;
  if (html !== undefined && frame.srcdoc !== html) frame.srcdoc = html;
}

function setStatus(text: string, state: string): void {
  const status = element("status");
  status.textContent = text;
  status.dataset.state = state;
}

function download(kind: "html" | "json" | "sarif" | "summary"): void {
  if (!result?.report) return;
  const files: Record<typeof kind, [string, string, string]> = {
    html: [result.report.html[lang], "kcb-report.html", "text/html"],
    json: [result.report.json, "kcb-report.json", "application/json"],
    sarif: [result.report.sarif[lang], "kcb-report.sarif", "application/sarif+json"],
    summary: [result.summary?.html[lang] ?? "", "kcb-summary.html", "text/html"],
  };
  const [text, name, type] = files[kind];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

async function readPicked(files: Iterable<{ path: string; file: File }>): Promise<PickedFile[]> {
  const read = await Promise.all(
    [...files].map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return read.sort((a, b) => a.path.localeCompare(b.path));
}

function fromInput(input: HTMLInputElement): { path: string; file: File }[] {
  return [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Dropped files and folders (walked recursively where the browser exposes entries), with their relative paths. */
async function fromDrop(transfer: DataTransfer): Promise<{ path: string; file: File }[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const found: { path: string; file: File }[] = [];
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

async function pick(files: { path: string; file: File }[]): Promise<void> {
  picked = await readPicked(files);
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
  const drop = element("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
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
    const [file] = await readPicked(fromInput(profileInput));
    profileFile = file;
    await run();
  });
  element("asOf").addEventListener("change", () => void run());
  element("run").addEventListener("click", () => void run());
  element<HTMLSelectElement>("lang").addEventListener("change", (event) => {
    lang = (event.target as HTMLSelectElement).value as Lang;
    render();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-download]")) {
    button.addEventListener("click", () => download(button.dataset.download as "html" | "json" | "sarif" | "summary"));
  }
  render();
}

setup();
