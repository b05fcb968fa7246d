import type { FacilityOutcome } from "../../batch/summary.js";
import type { RuleStatus } from "../../report/model.js";

/** Labels shared by the aggregate formats, in the report's language. */
export const OUTCOME: Record<FacilityOutcome, { vi: string; en: string }> = {
  not_assessed: { vi: "KHÔNG ĐÁNH GIÁ ĐƯỢC", en: "NOT ASSESSED" },
  fail: { vi: "KHÔNG ĐẠT", en: "FAIL" },
  pass: { vi: "ĐẠT", en: "PASS" },
};

export const STATUS: Record<RuleStatus, { vi: string; en: string }> = {
  fail: { vi: "không đạt", en: "fail" },
  waived: { vi: "miễn trừ", en: "waived" },
  pass: { vi: "đạt", en: "pass" },
  not_applicable: { vi: "không áp dụng", en: "n/a" },
};

export const STATUSES: RuleStatus[] = ["fail", "waived", "pass", "not_applicable"];

export const WORDS = {
  vi: {
    title: "Báo cáo tổng hợp tuân thủ", asOf: "ngày đánh giá", profile: "hồ sơ", facilities: "cơ sở", assessed: "đánh giá được",
    notAssessed: "không đánh giá được", failing: "có quy tắc không đạt", code: "Mã cơ sở", name: "Tên cơ sở", file: "Tệp",
    outcome: "Kết quả", worst: "Mức nghiêm trọng cao nhất", error: "Lỗi", rule: "Quy tắc", title_: "Nội dung", severity: "Mức độ",
    directive: "Công văn", item: "Mục", failingFacilities: "Số cơ sở không đạt", byItem: "Theo mục của công văn",
    byRule: "Theo quy tắc", byFacility: "Theo cơ sở", rules: "Quy tắc",
  },
  en: {
    title: "Compliance summary", asOf: "as of", profile: "profile", facilities: "facilities", assessed: "assessed",
    notAssessed: "not assessed", failing: "failing a rule", code: "Facility code", name: "Facility name", file: "File",
    outcome: "Outcome", worst: "Worst severity", error: "Error", rule: "Rule", title_: "Title", severity: "Severity",
    directive: "Directive", item: "Item", failingFacilities: "Facilities failing", byItem: "By directive item",
    byRule: "By rule", byFacility: "By facility", rules: "Rules",
  },
};
