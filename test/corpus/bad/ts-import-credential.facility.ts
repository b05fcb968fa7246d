import { x } from "postgres://admin:hunter2db@db.local/kcb";
export default { apiVersion: "kcb-compliance/v1" };
