/** The page's own text (the report's text comes from src/format). Vietnamese first, like the report. */
export const WORDS = {
  vi: {
    title: "Kiểm tra tuân thủ bảo vệ dữ liệu KCB BHYT",
    privacy:
      "Trang này chạy hoàn toàn trên máy của bạn: các tệp được đọc trong trình duyệt, không gửi đi đâu, kể cả khi không có mạng.",
    language: "Ngôn ngữ",
    drop: "Kéo thả tệp cấu hình (.yaml, .yml, .json) cùng các tệp minh chứng (.csv, .tsv, .xlsx) hoặc cả thư mục vào đây, hoặc:",
    pickFiles: "Chọn tệp…",
    pickFolder: "Chọn thư mục…",
    asOf: "Ngày đánh giá",
    profile: "Hồ sơ tham số",
    profileFile: "Tệp hồ sơ…",
    run: "Kiểm tra",
    unsupported:
      "Trang này không hỗ trợ cấu hình TypeScript (facility.config.ts): hãy kiểm tra tệp đó bằng lệnh kcb, hoặc xuất cấu hình ra YAML hay JSON. Nhật ký truy cập thô (format: access-log) được đọc trọn trong bộ nhớ; nhật ký hàng trăm MB hãy kiểm tra bằng lệnh kcb.",
    picked: "tệp đã chọn",
    working: "Đang kiểm tra…",
    done: "Đã kiểm tra",
    configs: "tệp cấu hình",
    errors: "Lỗi dữ liệu đầu vào (cơ sở có lỗi không được đánh giá)",
    download: "Tải xuống",
    summary: "Tổng hợp",
    report: "Báo cáo",
    failure: "Không kiểm tra được",
  },
  en: {
    title: "KCB BHYT data-protection compliance check",
    privacy: "This page runs entirely on your computer: files are read in the browser and sent nowhere, even offline.",
    language: "Language",
    drop: "Drop the facility config (.yaml, .yml, .json) with its evidence files (.csv, .tsv, .xlsx), or a whole folder, here, or:",
    pickFiles: "Pick files…",
    pickFolder: "Pick a folder…",
    asOf: "Evaluation date",
    profile: "Profile",
    profileFile: "Profile file…",
    run: "Check",
    unsupported:
      "This page does not support TypeScript configs (facility.config.ts): check those with the kcb command line, or export the config as YAML or JSON. Raw access logs (format: access-log) are read whole into memory; check logs of hundreds of MB with the kcb command.",
    picked: "files picked",
    working: "Checking…",
    done: "Checked",
    configs: "config files",
    errors: "Input errors (a facility with errors is not assessed)",
    download: "Download",
    summary: "Summary",
    report: "Report",
    failure: "The check could not run",
  },
} as const;

export type Lang = keyof typeof WORDS;
