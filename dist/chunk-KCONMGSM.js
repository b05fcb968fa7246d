import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/dates.ts
var TIME_ZONE = "Asia/Ho_Chi_Minh";
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
var UTC_OFFSET_MS = 7 * 60 * 60 * 1e3;
var FIXED_OFFSET_SINCE = Date.UTC(1976, 0, 1);
var FIXED_OFFSET_UNTIL = Date.UTC(1e4, 0, 1) - UTC_OFFSET_MS;
function todayInVietnam(now = /* @__PURE__ */ new Date()) {
  const time = now.getTime();
  if (time >= FIXED_OFFSET_SINCE && time < FIXED_OFFSET_UNTIL) return new Date(time + UTC_OFFSET_MS).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
function invalidIsoDate(text) {
  const match = isoDate.exec(text);
  if (!match) {
    return { vi: `"${text}" không phải ngày dạng YYYY-MM-DD`, en: `"${text}" is not a date in YYYY-MM-DD form` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { vi: `ngày "${text}" không tồn tại`, en: `"${text}" is not a calendar date` };
  }
  return void 0;
}

export {
  TIME_ZONE,
  todayInVietnam,
  invalidIsoDate
};
