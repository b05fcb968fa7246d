export default {
  apiVersion: "kcb-compliance/v1",
  kind: "Facility",
  facility: { code: "01905", name: "X", type: "commune_station", bhytContract: false },
  "__proto__": { polluted: true },
};
