// A vendor's configuration for a commune health station's HIS deployment, kept in TypeScript so the editor
// checks it against the facility format (types generated from schemas/facility.v1.schema.json).
// kcb reads this file statically (it is never executed): only literal values are allowed.
import { defineFacility } from "kcb-compliance";

export default defineFacility({
  apiVersion: "kcb-compliance/v1",
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
        issuedOn: "2025-03-03",
        covers: ["account_responsibility", "password_rotation"],
        passwordRotationDays: 90,
      },
    ],
  },
  staff: [
    { id: "tyt-01", name: "Lò Thị Sen", role: "Trạm trưởng", status: "active" },
    { id: "tyt-02", name: "Hà Văn Tâm", role: "Y sĩ", status: "active" },
  ],
  systems: [
    { id: "portal", kind: "bhxh_portal", name: "Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT" },
    { id: "his", kind: "his", name: "Phần mềm quản lý trạm y tế", vendor: "Công ty Phần mềm Y tế (ví dụ)" },
  ],
  accounts: [
    {
      id: "bhxh-tram",
      system: "portal",
      username: "38115_tyt",
      holder: "tyt-02",
      assignment: { decision: "05/QĐ-TYT", on: "2025-03-10", by: "Lò Thị Sen" },
      status: "active",
      passwordChangedOn: "2026-06-01", // FAIL on 2026-11-20: older than the regulation's 90 days
    },
  ],
});
