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

export { RULE_STATUSES as STATUSES } from "../../report/model.js";

export const WORDS = {
  vi: {
    title: "Báo cáo tổng hợp tuân thủ", asOf: "ngày đánh giá", profile: "bộ tham số", facilities: "cơ sở", assessed: "đánh giá được",
    notAssessed: "không đánh giá được", failing: "cơ sở không đạt", failingRules: "quy tắc không đạt", code: "Mã cơ sở", name: "Tên cơ sở",
    district: "Huyện", file: "Tệp", outcome: "Kết quả", worst: "Mức nghiêm trọng cao nhất", error: "Lỗi", rule: "Quy tắc",
    title_: "Nội dung", severity: "Mức độ", directive: "Công văn", item: "Mục", failingFacilities: "Số cơ sở không đạt",
    byItem: "Theo mục của công văn", byRule: "Theo quy tắc", byFacility: "Theo cơ sở", rules: "Quy tắc", matrix: "Ma trận cơ sở × điều khoản",
    byClause: "Cơ sở không đạt theo điều khoản", details: "Chi tiết theo cơ sở", location: "Vị trí", finding: "Phát hiện",
    failures: "Phát hiện không đạt", more: "phát hiện khác", filter: "Lọc", all: "Tất cả", search: "Tìm (tên, mã, huyện, tệp)",
    shown: "cơ sở đang hiển thị", missing: "Cơ sở chưa nộp cấu hình", unknown: "Tệp có mã cơ sở không có trong danh sách",
    registry: "danh sách cơ sở", listed: "cơ sở trong danh sách", none: "Không có.", failCount: "Số quy tắc không đạt",
    noFailures: "Không có quy tắc nào không đạt.", back: "Về ma trận", noCode: "(không đọc được mã)",
  },
  en: {
    title: "Compliance summary", asOf: "as of", profile: "profile", facilities: "facilities", assessed: "assessed",
    notAssessed: "not assessed", failing: "facilities failing", failingRules: "rule results failing", code: "Facility code", name: "Facility name",
    district: "District", file: "File", outcome: "Outcome", worst: "Worst severity", error: "Error", rule: "Rule",
    title_: "Title", severity: "Severity", directive: "Directive", item: "Item", failingFacilities: "Facilities failing",
    byItem: "By directive item", byRule: "By rule", byFacility: "By facility", rules: "Rules", matrix: "Facility × clause matrix",
    byClause: "Failing facilities by clause", details: "Details by facility", location: "Location", finding: "Finding",
    failures: "Failed findings", more: "more findings", filter: "Filter", all: "All", search: "Search (name, code, district, file)",
    shown: "facilities shown", missing: "Facilities that have not submitted", unknown: "Files whose facility code is not in the list",
    registry: "facility list", listed: "facilities listed", none: "None.", failCount: "Rules failing",
    noFailures: "No rule fails.", back: "Back to the matrix", noCode: "(no readable code)",
  },
};
