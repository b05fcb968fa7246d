import { relative, resolve, sep } from "node:path";
import type { AnnotationProperties } from "@actions/core";
import type { Location } from "../errors.js";
import { directiveNumber, itemLabel } from "../format/locale.js";
import { SEVERITY_LABELS, SEVERITY_ORDER } from "../format/words.js";
import type { Report, RuleResult } from "../report/model.js";
import { blocks, type FailOn } from "../report/fail-on.js";
import type { Lang } from "./inputs.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
  /** Sort key: configs that could not be assessed first (-1), then critical (0) … low (3). */
  rank: number;
}

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); more are dropped unseen,
 * so the Action sends the most severe ones and says in the job summary what it left out.
 */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/** Paths in annotations are relative to the repository root, or GitHub cannot place them on the diff. */
export function repositoryPath(file: string): string {
  return relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), resolve(file))
    .split(sep)
    .join("/");
}

/** Where on the diff: a column range only when the region is on one line (GitHub ignores columns otherwise). */
function place(location: Location): AnnotationProperties {
  const endLine = location.endLine ?? location.line;
  const file = repositoryPath(location.file);
  if (endLine !== location.line) return { file, startLine: location.line, endLine };
  return {
    file,
    startLine: location.line,
    endLine,
    startColumn: location.column,
    endColumn: location.endColumn ?? location.column,
  };
}

/** Heading of a rule: "2748/SYT-NVY 2 · title (high)". */
export function ruleHeading(rule: RuleResult, lang: Lang): string {
  const item = itemLabel(rule.directive.item, lang);
  return `${directiveNumber(rule.directive.number, lang)}${item ? ` ${item}` : ""} · ${rule.title[lang]} (${SEVERITY_LABELS[rule.severity][lang]})`;
}

/** Every annotation the report calls for, most severe first: errors block the run, warnings are below fail-on. */
export function annotationsOf(report: Report, failOn: FailOn, lang: Lang): Annotation[] {
  const annotations: Annotation[] = [];
  for (const facility of report.facilities) {
    // A notice (e.g. the deprecated format v1) sits on the line it is about and neither blocks nor fails the run.
    for (const notice of facility.notices ?? []) {
      annotations.push({
        level: "notice",
        message: notice.message[lang],
        properties: { title: "kcb-compliance", ...place(notice.location) },
        rank: SEVERITY_ORDER.length,
      });
    }
    for (const error of facility.errors) {
      const title = lang === "vi" ? "kcb-compliance không đánh giá được" : "Not assessed by kcb-compliance";
      annotations.push({
        level: "error",
        message: error.message[lang],
        properties: { title, ...place(error.location) },
        rank: -1,
      });
    }
    for (const rule of facility.rules) {
      if (rule.status !== "fail" && rule.status !== "waived") continue;
      const level = rule.status === "waived" ? "notice" : blocks(rule, failOn) ? "error" : "warning";
      for (const finding of rule.findings.filter((entry) => entry.status === rule.status)) {
        const fix = rule.status === "fail" ? `\n→ ${rule.remediation[lang]}` : "";
        const properties = { title: ruleHeading(rule, lang), ...place(finding.location) };
        annotations.push({
          level,
          message: `${finding.message[lang]}${fix}\n[${rule.id}]`,
          properties,
          rank: SEVERITY_ORDER.indexOf(rule.severity),
        });
      }
    }
  }
  // Stable: equal ranks keep the report's order (facility, directive, rule, pointer).
  return annotations.sort((a, b) => a.rank - b.rank);
}

export interface AnnotationSelection {
  shown: Annotation[];
  /** Per level, how many there were and how many were left out. */
  counts: Record<AnnotationLevel, { total: number; omitted: number }>;
}

/** The first MAX_ANNOTATIONS_PER_LEVEL of each level, in severity order. */
export function capAnnotations(annotations: Annotation[], cap = MAX_ANNOTATIONS_PER_LEVEL): AnnotationSelection {
  const counts: AnnotationSelection["counts"] = {
    error: { total: 0, omitted: 0 },
    warning: { total: 0, omitted: 0 },
    notice: { total: 0, omitted: 0 },
  };
  const shown = annotations.filter((annotation) => {
    const count = counts[annotation.level];
    count.total += 1;
    if (count.total <= cap) return true;
    count.omitted += 1;
    return false;
  });
  return { shown, counts };
}

const LEVEL_WORDS: Record<AnnotationLevel, { en: string; vi: string }> = {
  error: { en: "errors", vi: "lỗi" },
  warning: { en: "warnings", vi: "cảnh báo" },
  notice: { en: "notices", vi: "ghi chú" },
};

/** The job-summary line saying which annotations were left out, or "" when none were. */
export function omittedNote(selection: AnnotationSelection, lang: Lang, cap = MAX_ANNOTATIONS_PER_LEVEL): string {
  const levels = (Object.keys(LEVEL_WORDS) as AnnotationLevel[]).filter((level) => selection.counts[level].omitted > 0);
  if (levels.length === 0) return "";
  const parts = levels.map((level) => {
    const { total, omitted } = selection.counts[level];
    return lang === "vi"
      ? `${total - omitted}/${total} ${LEVEL_WORDS[level].vi} (bỏ ${omitted})`
      : `${total - omitted} of ${total} ${LEVEL_WORDS[level].en} (${omitted} left out)`;
  });
  return lang === "vi"
    ? `> Chú thích trên mã: GitHub chỉ hiện ${cap} mỗi loại, nên kcb-compliance gửi những mục nghiêm trọng nhất: ${parts.join(", ")}. Mọi phát hiện có trong bảng dưới và trong báo cáo SARIF/HTML.\n\n`
    : `> Annotations: GitHub shows ${cap} of each level, so kcb-compliance sent the most severe: ${parts.join(", ")}. Every finding is in the table below and in the SARIF/HTML reports.\n\n`;
}
