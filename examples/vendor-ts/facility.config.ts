// A vendor's configuration for a commune health station's HIS deployment, kept in TypeScript so the editor
// checks it against the facility format (types generated from schemas/facility.v2.schema.json).
// kcb reads this file statically (it is never executed): only literal values are allowed.
import { defineFacility } from "kcb-compliance";

export default defineFacility({
  apiVersion: "kcb-compliance/v2",
  kind: "Facility",
  facility: {
    code: "38115",
    name: "Trạm Y tế xã Quảng Phú (ví dụ)",
    province: "38",
    type: "commune_station",
    bhytContract: true,
    head: { name: "Lò Thị Sen", title: "Trạm trưởng" },
  },
  governance: {
    regulations: [
      {
        id: "qd-tram",
        number: "02/QĐ-TYT",
        title: "Quy định quản lý, sử dụng phần mềm và tài khoản Cổng BHXH, bảo mật thông tin người bệnh",
        issuedOn: "2025-03-03",
        covers: ["account_responsibility", "it_operations", "password_rotation", "patient_confidentiality"],
        passwordRotationDays: 90,
      },
    ],
    securityDirectives: [
      { number: "01/TB-TYT", issuedOn: "2026-01-06", issuedBy: "Lò Thị Sen", topic: "Bảo mật thông tin KCB BHYT năm 2026" },
    ],
    disseminations: [
      { heldOn: "2026-01-06", topic: "Luật Khám bệnh, chữa bệnh (Điều 10, Điều 45)", audience: "Toàn trạm" },
    ],
    permissionReviews: [
      { reviewedOn: "2026-01-06", reviewer: "Lò Thị Sen", scope: "Tài khoản Cổng BHXH của trạm", outcome: "no_change" },
    ],
    directiveImplementations: [
      { directive: "941/SYT-NVY", implementedOn: "2019-06-03", by: "Lò Thị Sen", summary: "Thông báo 04/TB-TYT triển khai tại trạm" },
    ],
  },
  staff: [
    { id: "tyt-01", name: "Lò Thị Sen", role: "Trạm trưởng", confidentialityCommitment: { signedOn: "2025-03-03" }, status: "active" },
    { id: "tyt-02", name: "Hà Văn Tâm", role: "Y sĩ", confidentialityCommitment: { signedOn: "2025-03-03" }, status: "active" },
  ],
  trainings: [
    { staffId: "tyt-01", course: "Tập huấn bảo mật thông tin người bệnh (TTYT huyện)", completedOn: "2026-04-09", topics: ["patient_confidentiality"] },
    { staffId: "tyt-02", course: "Tập huấn bảo mật thông tin người bệnh (TTYT huyện)", completedOn: "2026-04-09", topics: ["patient_confidentiality"] },
  ],
  systems: [
    { id: "portal", kind: "bhxh_portal", name: "Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT" },
    {
      id: "his",
      kind: "his",
      name: "Phần mềm quản lý trạm y tế",
      vendor: "Công ty Phần mềm Y tế (ví dụ)",
      holdsBhytData: true,
      controls: { rbac: true, auditLog: true, encryptionAtRest: true },
    },
  ],
  accounts: [
    {
      id: "bhxh-tram",
      system: "portal",
      username: "38115_tyt",
      holder: "tyt-02",
      assignment: { decision: "05/QĐ-TYT", decidedOn: "2025-03-10", by: "Lò Thị Sen", acknowledgedOn: "2025-03-10" },
      status: "active",
      passwordChangedOn: "2026-06-01", // FAIL on 2026-11-20: older than the regulation's 90 days
    },
  ],
  applicationReviews: [
    { system: "his", reviewedOn: "2026-06-15", reviewer: "Công ty Phần mềm Y tế (ví dụ)", result: "issues_fixed" },
  ],
  dataTransfers: [
    {
      id: "xml-giamdinh",
      from: "his",
      to: "Cổng tiếp nhận dữ liệu BHXH",
      protocol: "https",
      tlsMinVersion: "1.2",
      authenticated: true,
      approvedBy: "Lò Thị Sen",
      approvedOn: "2025-03-10",
    },
  ],
  accessStats: [
    { date: "2026-10-01", account: "bhxh-tram", requests: 60 },
    { date: "2026-10-02", account: "bhxh-tram", requests: 72 },
    { date: "2026-10-03", account: "bhxh-tram", requests: 55 },
  ],
  accessReviews: [
    { period: "2026-10", reviewedOn: "2026-11-04", reviewer: "Lò Thị Sen", outcome: "normal" },
  ],
  incidents: [],
  inspections: [
    { inspectedOn: "2026-07-08", scope: "Lưu trữ, sử dụng thông tin người bệnh tại trạm", reportedTo: "Trung tâm Y tế huyện", reportNumber: "09/BC-TYT" },
  ],
  awareness: {
    patientReportingChannels: [{ kind: "hotline", value: "0237 3 777 777", publishedAt: ["Bảng tin trạm y tế"] }],
    fraudWarnings: [{ publishedOn: "2026-05-20", channel: "Đài truyền thanh xã", partner: "Đài truyền thanh xã Quảng Phú" }],
  },
});
