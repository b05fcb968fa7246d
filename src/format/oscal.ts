import { createHash } from "node:crypto";
import type { FacilityReport, Finding, Report, RuleResult } from "../report/model.js";
import type { FormatOptions } from "./index.js";
import { catalogUuid, controlId, KCB_NS, objectiveId, OSCAL_VERSION, uuidV5, vietnamDateTime } from "./oscal-catalog.js";
import { directiveHeading, itemLabel } from "./locale.js";

/**
 * NIST OSCAL assessment-results: one result per run, one observation per finding (what the rule saw, where,
 * by which tool), one OSCAL finding per rule × facility whose objective is satisfied or not, linked to its
 * observations. Objectives are those of the directives catalog (policy/oscal-catalog.json). Every UUID is
 * derived from the report's content and all times from the evaluation date, so equal inputs give equal bytes.
 */
export function formatOscal(report: Report, { lang }: FormatOptions): string {
  const facilities = [...report.facilities].sort((a, b) => compare(a.file, b.file));
  // The run's UUIDs derive from its content, taken in file order so the order of the paths given does not matter.
  const runId = createHash("sha256")
    .update(JSON.stringify({ ...report, facilities }))
    .digest("hex");
  const id = (name: string) => uuidV5(`${runId}:${name}`);
  const at = vietnamDateTime(report.asOf);
  const toolUuid = id("tool");
  const catalogResource = id("catalog-resource");
  const planResource = id("plan-resource");

  const observations: unknown[] = [];
  const findings: unknown[] = [];
  for (const facility of facilities) {
    const subject = { "subject-uuid": id(`facility:${facility.file}`), type: "component" };
    const origins = [{ actors: [{ type: "tool", "actor-uuid": toolUuid }] }];
    for (const [index, error] of facility.errors.entries()) {
      observations.push({
        uuid: id(`error:${facility.file}:${index}`),
        title: "Not assessed",
        description: error.message[lang],
        props: [{ name: "kcb-status", ns: KCB_NS, value: "not_assessed" }],
        methods: ["TEST"],
        types: ["finding"],
        origins,
        subjects: [subject],
        "relevant-evidence": [evidence(error.location)],
        collected: at,
      });
    }
    for (const rule of [...facility.rules].sort((a, b) => compare(a.id, b.id))) {
      const observationIds = sortedFindings(rule).map((finding, index) => {
        const uuid = id(`observation:${facility.file}:${rule.id}:${finding.target}:${finding.pointer}:${index}`);
        observations.push(observation(uuid, rule, finding, { origins, subject, at, lang }));
        return uuid;
      });
      findings.push(finding(id(`finding:${facility.file}:${rule.id}`), facility, rule, observationIds, lang));
    }
  }

  const controlIds = [
    ...new Set(facilities.flatMap((f) => f.rules.map((rule) => controlId(rule.directive.id, rule.directive.item)))),
  ].sort();
  const result = {
    uuid: id("result"),
    title: `kcb check as of ${report.asOf}`,
    description: `${report.tool.name} ${report.tool.version} (OPA ${report.tool.opa}, policy sha256 ${report.tool.policySha256}), profile ${report.profile.name}, ${facilities.length} configuration file(s).`,
    start: at,
    end: at,
    props: [
      { name: "evaluation-date", ns: KCB_NS, value: report.asOf },
      { name: "time-zone", ns: KCB_NS, value: report.timeZone },
      { name: "profile", ns: KCB_NS, value: report.profile.name },
    ],
    "local-definitions": {
      ...(facilities.length > 0
        ? { components: facilities.map((facility) => facilityComponent(id(`facility:${facility.file}`), facility)) }
        : {}),
      "assessment-assets": {
        components: [
          {
            uuid: toolUuid,
            type: "software",
            title: `${report.tool.name} ${report.tool.version}`,
            description: `Rego rules compiled to WebAssembly by OPA ${report.tool.opa} (policy sha256 ${report.tool.policySha256}).`,
            status: { state: "operational" },
          },
        ],
        "assessment-platforms": [
          { uuid: id("platform"), title: report.tool.name, "uses-components": [{ "component-uuid": toolUuid }] },
        ],
      },
    },
    "reviewed-controls": {
      "control-selections": [
        controlIds.length > 0
          ? { "include-controls": controlIds.map((controlId) => ({ "control-id": controlId })) }
          : { "include-all": {} },
      ],
    },
    ...(observations.length > 0 ? { observations } : {}),
    ...(findings.length > 0 ? { findings } : {}),
  };

  const document = {
    "assessment-results": {
      uuid: id("assessment-results"),
      metadata: {
        title: `KCB BHYT data-protection assessment results (${report.asOf})`,
        "last-modified": at,
        version: report.tool.version,
        "oscal-version": OSCAL_VERSION,
      },
      "import-ap": { href: `#${planResource}` },
      results: [result],
      "back-matter": {
        resources: [
          {
            uuid: catalogResource,
            title: "KCB BHYT directives catalog",
            description: `OSCAL catalog ${catalogUuid(report.tool.policySha256)} shipped with ${report.tool.name} as policy/oscal-catalog.json; the control and objective ids cited here are defined there.`,
            props: [{ name: "catalog-uuid", ns: KCB_NS, value: catalogUuid(report.tool.policySha256) }],
            rlinks: [{ href: "policy/oscal-catalog.json", "media-type": "application/json" }],
          },
          {
            uuid: planResource,
            title: "Assessment plan",
            description: `No separate plan: every rule of the policy (sha256 ${report.tool.policySha256}) is evaluated against every configuration with profile ${report.profile.name} (${report.profile.source}).`,
          },
        ],
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

interface ObservationContext {
  origins: unknown[];
  subject: unknown;
  at: string;
  lang: "vi" | "en";
}

function observation(uuid: string, rule: RuleResult, finding: Finding, { origins, subject, at, lang }: ObservationContext) {
  return {
    uuid,
    title: `${rule.id}: ${finding.target}`,
    description: finding.message[lang],
    props: [
      { name: "kcb-status", ns: KCB_NS, value: finding.status },
      { name: "target", ns: KCB_NS, value: finding.target },
      ...(finding.baselined ? [{ name: "baselined", ns: KCB_NS, value: "true" }] : []),
    ],
    methods: ["TEST"],
    types: ["finding"],
    origins,
    subjects: [subject],
    "relevant-evidence": [evidence(finding.location, finding.pointer)],
    collected: at,
    ...(finding.waiver ? { remarks: `Waived: ${JSON.stringify(finding.waiver)}` } : {}),
  };
}

function finding(uuid: string, facility: FacilityReport, rule: RuleResult, observationIds: string[], lang: "vi" | "en") {
  const satisfied = rule.status === "pass" || rule.status === "not_applicable";
  const name = facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
  return {
    uuid,
    title: `${rule.title[lang]} — ${name}`,
    description: `${directiveHeading(rule.directive, "en")}, ${itemLabel(rule.directive.item, "en")}: ${rule.clause}`,
    props: [
      { name: "rule-id", ns: KCB_NS, value: rule.id },
      { name: "kcb-status", ns: KCB_NS, value: rule.status },
      { name: "severity", ns: KCB_NS, value: rule.severity },
      ...(rule.baselined ? [{ name: "baselined", ns: KCB_NS, value: "true" }] : []),
    ],
    target: {
      type: "objective-id",
      "target-id": objectiveId(rule.directive.id, rule.directive.item, rule.id),
      status: {
        state: satisfied ? "satisfied" : "not-satisfied",
        reason: rule.status === "pass" ? "pass" : rule.status === "fail" ? "fail" : "other",
      },
    },
    ...(observationIds.length > 0 ? { "related-observations": observationIds.map((id) => ({ "observation-uuid": id })) } : {}),
    ...(rule.status === "fail" ? { remarks: rule.remediation[lang] } : {}),
  };
}

function facilityComponent(uuid: string, facility: FacilityReport) {
  return {
    uuid,
    type: "this-system",
    title: facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file,
    description: `Facility configuration ${facility.file}.`,
    ...(facility.facility ? { props: [{ name: "facility-code", ns: KCB_NS, value: facility.facility.code }] } : {}),
    status: { state: "operational" },
  };
}

function evidence(location: { file: string; line: number; column: number }, pointer?: string) {
  return {
    href: `${location.file.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/")}#L${location.line}`,
    description: `${location.file}:${location.line}:${location.column}${pointer === undefined ? "" : ` (JSON pointer ${pointer || "/"})`}`,
  };
}

function sortedFindings(rule: RuleResult): Finding[] {
  return [...rule.findings].sort((a, b) => compare(a.target, b.target) || compare(a.pointer, b.pointer));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
