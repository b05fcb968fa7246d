import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError, type Bilingual } from "../errors.js";

/**
 * The one way kcb reads a file it was handed (config, evidence, profile, baseline): regular files only — a
 * FIFO would block forever and /dev/zero never ends — and at most `maxBytes`, checked on the open file before a
 * byte is read and again while reading (a file may grow). Any failure, including an OS error such as ENAMETOOLONG
 * or ELOOP, is that file's located input error, never an exception that ends a batch.
 */
export function readInputFile(file: string, maxBytes: number, limitOption = "--max-file-size", shownAs = file): Buffer {
  return withRegularFile(file, maxBytes, limitOption, shownAs, (descriptor, size) => {
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(descriptor, buffer, length, buffer.length - length, length);
    }
    if (length > maxBytes) throw tooLarge(shownAs, length, maxBytes, limitOption);
    return buffer.subarray(0, length);
  });
}

/** A checked regular file kept open, for a reader that opens files by name itself (DuckDB); close it after. */
export interface OpenInputFile {
  descriptor: number;
  size: number;
  close(): void;
}

/** The same checks as readInputFile, leaving the file open so that what was checked is what gets read. */
export function openInputFile(file: string, maxBytes: number, limitOption: string, shownAs = file): OpenInputFile {
  const descriptor = openChecked(file, maxBytes, limitOption, shownAs);
  return { descriptor, size: fstatSync(descriptor).size, close: () => closeSync(descriptor) };
}

function withRegularFile<T>(
  file: string,
  maxBytes: number,
  limitOption: string,
  shownAs: string,
  use: (descriptor: number, size: number) => T,
): T {
  const descriptor = openChecked(file, maxBytes, limitOption, shownAs);
  try {
    return use(descriptor, fstatSync(descriptor).size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(shownAs, error);
  } finally {
    closeSync(descriptor);
  }
}

function openChecked(file: string, maxBytes: number, limitOption: string, shownAs: string): number {
  let descriptor: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(shownAs, error);
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) throw new InputError({ file: shownAs, line: 1, column: 1 }, NOT_REGULAR);
    if (info.size > maxBytes) throw tooLarge(shownAs, info.size, maxBytes, limitOption);
    return descriptor;
  } catch (error) {
    closeSync(descriptor);
    throw error instanceof InputError ? error : unreadable(shownAs, error);
  }
}

const NOT_REGULAR: Bilingual = {
  vi: "Đây không phải tệp thường (thiết bị, ống dẫn hay thư mục) nên không được đọc. Hãy chỉ đến chính tệp cần đọc.",
  en: "This is not a regular file (a device, pipe or folder), so it was not read. Point to the file itself.",
};

/** The file could not be opened or read (an OS error), as opposed to being refused by a limit. */
export class UnreadableFileError extends InputError {
  constructor(
    file: string,
    readonly code: string,
  ) {
    super({ file, line: 1, column: 1 }, { vi: `Không mở được tệp (${code}).`, en: `Cannot read the file (${code}).` });
  }
}

/** An OS error, named by its code only: its message may repeat the path, which may hold anything. */
export function unreadable(file: string, error: unknown): InputError {
  return new UnreadableFileError(file, (error as NodeJS.ErrnoException).code ?? "unknown");
}

export function tooLarge(file: string, bytes: number, maxBytes: number, limitOption: string): InputError {
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi:
        `Tệp lớn ${mebibytes(bytes)} MiB, vượt giới hạn ${mebibytes(maxBytes)} MiB nên không được đọc. ` +
        `Hãy tách thành nhiều tệp nhỏ hơn, hoặc nâng giới hạn bằng ${limitOption} nếu tệp này là đúng.`,
      en:
        `The file is ${mebibytes(bytes)} MiB, over the ${mebibytes(maxBytes)} MiB limit, so it was not read. ` +
        `Split it into smaller files, or raise the limit with ${limitOption} if the file is genuine.`,
    },
  );
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
