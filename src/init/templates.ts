/** The Excel templates `kcb init` writes: one per list a facility keeps in a spreadsheet, Vietnamese headers. */
export interface SheetTemplate {
  /** File name next to facility.yaml. */
  file: string;
  /** The list it fills, as a JSON pointer into the config. */
  list: string;
  sheet: string;
  /** Header → field (dotted v2 name). Every header is one the evidence importer accepts (src/load/columns.ts). */
  columns: [header: string, field: string][];
}

export const SHEET_TEMPLATES: SheetTemplate[] = [
  {
    file: "staff.xlsx",
    list: "/staff",
    sheet: "Nhân sự",
    columns: [
      ["Mã NV", "id"],
      ["Họ và tên", "name"],
      ["Khoa/phòng", "department"],
      ["Chức danh", "role"],
      ["Trạng thái", "status"],
      ["Ngày vào làm", "joinedOn"],
      ["Ngày nghỉ việc", "leftOn"],
      ["Ngày ký cam kết", "confidentialityCommitment.signedOn"],
    ],
  },
  {
    file: "trainings.xlsx",
    list: "/trainings",
    sheet: "Đào tạo",
    columns: [
      ["Mã NV", "staffId"],
      ["Khoá học", "course"],
      ["Ngày hoàn thành", "completedOn"],
      ["Chủ đề", "topics"],
    ],
  },
  {
    file: "accounts.xlsx",
    list: "/accounts",
    sheet: "Tài khoản",
    columns: [
      ["Mã", "id"],
      ["Hệ thống", "system"],
      ["Tên đăng nhập", "username"],
      ["Người được giao", "holder"],
      ["Số quyết định giao", "assignment.decision"],
      ["Ngày quyết định giao", "assignment.decidedOn"],
      ["Người ký quyết định", "assignment.by"],
      ["Ngày ký nhận", "assignment.acknowledgedOn"],
      ["Trạng thái", "status"],
      ["Ngày đổi mật khẩu", "passwordChangedOn"],
    ],
  },
  {
    file: "access-reviews.xlsx",
    list: "/accessReviews",
    sheet: "Rà soát truy cập",
    columns: [
      ["Kỳ rà soát", "period"],
      ["Ngày rà soát", "reviewedOn"],
      ["Người rà soát", "reviewer"],
      ["Kết quả", "outcome"],
      ["Biện pháp", "actions"],
    ],
  },
];

export const FACILITY_TYPES = {
  hospital: { type: "hospital", head: "Giám đốc", name: "Bệnh viện …", his: "Phần mềm quản lý bệnh viện (HIS)" },
  health_center: { type: "health_center", head: "Giám đốc", name: "Trung tâm Y tế …", his: "Phần mềm quản lý khám chữa bệnh" },
  commune_station: { type: "commune_station", head: "Trạm trưởng", name: "Trạm Y tế xã …", his: "Phần mềm quản lý trạm y tế" },
} as const;

export type InitFacilityType = keyof typeof FACILITY_TYPES;

/** The starting facility.yaml: v2, every value a YAML 1.1 parser could misread in quotes, comments vi/en. */
export function facilityYaml(kind: InitFacilityType, province: string | undefined): string {
  const facility = FACILITY_TYPES[kind];
  const code = `${province ?? "00"}000`;
  return `# Cấu hình cơ sở KCB BHYT cho kcb-compliance, định dạng v2. Sửa các giá trị dưới đây, điền các tệp Excel bên cạnh,
# rồi chạy: kcb check facility.yaml
# Facility configuration for kcb-compliance, format v2. Edit the values below, fill in the Excel files next to it,
# then run: kcb check facility.yaml
# Mã, ngày và số hiệu luôn đặt trong dấu nháy ("38001", "2026-01-15") để mọi trình đọc YAML hiểu giống nhau.
# Codes, dates and numbers always go in quotes ("38001", "2026-01-15") so every YAML parser reads them alike.
apiVersion: kcb-compliance/v2
kind: Facility
facility:
  # Mã cơ sở KCB 5 chữ số do BHXH cấp; hai chữ số đầu là mã tỉnh. / 5-digit KCB code from BHXH; first two digits: province.
  code: "${code}"
  name: "${facility.name}"
${province === undefined ? "" : `  province: "${province}"\n`}  type: ${facility.type}
  # Có hợp đồng KCB BHYT với cơ quan BHXH không. / Whether the facility has a KCB BHYT contract with BHXH.
  bhytContract: true
  # Thủ trưởng đơn vị, người chỉ đạo an toàn thông tin. / Head of the unit, who directs information security.
  head:
    name: "Họ và tên"
    title: "${facility.head}"
governance:
  # Quy chế nội bộ phân công trách nhiệm (tài khoản, mật khẩu, bảo mật thông tin người bệnh…).
  # Internal regulations that assign responsibilities (accounts, passwords, patient confidentiality…). E.g.:
  #   - id: qc-bhyt
  #     number: "123/QĐ-BV"
  #     issuedOn: "2026-01-15"
  #     covers: [account_responsibility, password_rotation, patient_confidentiality]
  #     passwordRotationDays: 90
  regulations: []
# Hệ thống thông tin đang dùng; tài khoản (accounts.xlsx) ghi mã hệ thống ở cột "Hệ thống".
# Information systems in use; accounts (accounts.xlsx) name a system id in the "Hệ thống" column.
systems:
  - id: portal
    kind: bhxh_portal
    name: "Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT"
  - id: his
    kind: his
    name: "${facility.his}"
    holdsBhytData: true
# Các danh sách dưới đây nằm trong tệp Excel: dòng đầu là tiêu đề cột, mỗi dòng sau là một mục.
# The lists below are kept in Excel files: the first row holds the column headers, each row after it one item.
staff: { from: staff.xlsx }
trainings: { from: trainings.xlsx }
accounts: { from: accounts.xlsx }
accessReviews: { from: access-reviews.xlsx }
`;
}
