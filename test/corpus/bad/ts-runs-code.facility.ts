import { execSync } from "node:child_process";

export default { apiVersion: "kcb-compliance/v1", kind: execSync("id").toString() };
