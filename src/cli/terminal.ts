import { invalidIsoDate, todayInVietnam } from "../dates.js";
import { UsageError } from "../errors.js";

/**
 * Whether text for this stream gets colours: FORCE_COLOR (anything but 0/false) forces them, NO_COLOR (non-empty,
 * https://no-color.org) turns them off, otherwise a terminal that has colours gets them. Files and pipes never do.
 */
export function wantsColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && typeof stream.hasColors === "function" && stream.hasColors();
}

/**
 * Validates --as-of, and warns (on stderr) when it is after today in Asia/Ho_Chi_Minh: a deadline then looks met
 * or missed on a day that has not come, which is right for planning and wrong for a report of today.
 */
export function checkAsOf(
  asOf: string | undefined,
  lang: "vi" | "en",
  stderr: NodeJS.WritableStream = process.stderr,
  today = todayInVietnam(),
): void {
  if (asOf === undefined) return;
  const invalid = invalidIsoDate(asOf);
  if (invalid) throw new UsageError("--as-of", invalid);
  if (asOf <= today) return;
  stderr.write(
    lang === "vi"
      ? `kcb: cảnh báo: --as-of ${asOf} là ngày trong tương lai (hôm nay là ${today} theo giờ Việt Nam); kết quả tính như thể đã đến ngày đó.\n`
      : `kcb: warning: --as-of ${asOf} is in the future (today is ${today} in Asia/Ho_Chi_Minh); results are as of that day.\n`,
  );
}
