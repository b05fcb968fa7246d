import type { DelegationRow } from "../report/delegation.js";
import { esc } from "./escape.js";
import { displayNumber } from "./locale.js";

/** The delegation table's words, shared by the HTML report, the batch summary page and its workbook sheet. */
export const DELEGATION_WORDS = {
  vi: {
    title: "Ủy quyền, phân quyền: người giữ × tài khoản × quyền",
    holder: "Người giữ",
    holderName: "Họ và tên",
    roles: "Vai trò",
    account: "Tài khoản",
    system: "Hệ thống",
    permissions: "Quyền",
    permission: "Quyền",
    withinRoles: "Trong vai trò",
    yes: "có",
    no: "không",
    accounts: "tài khoản",
    beyond: "ngoài vai trò",
    none: "—",
    unassigned: "chưa giao",
    more: "tài khoản khác không hiển thị",
  },
  en: {
    title: "Delegation: holder × account × permission",
    holder: "Holder",
    holderName: "Name",
    roles: "Roles",
    account: "Account",
    system: "System",
    permissions: "Permissions",
    permission: "Permission",
    withinRoles: "Within the roles",
    yes: "yes",
    no: "no",
    accounts: "accounts",
    beyond: "beyond the roles",
    none: "—",
    unassigned: "unassigned",
    more: "more accounts not shown",
  },
};

/** A facility's delegation: the rows, and how many were left out of a batch summary (MAX_DELEGATION_ROWS). */
interface Delegation {
  delegation?: DelegationRow[];
  delegationOmitted?: number;
}

/**
 * The facility's delegation table (present only with a roles catalogue): one row per active account, its holder
 * and roles, and each permission, those beyond the holder's roles on that system marked.
 */
export function delegationTable(facility: Delegation, lang: "vi" | "en", { caption = true } = {}): string {
  if (!facility.delegation?.length) return "";
  const words = DELEGATION_WORDS[lang];
  const rows = facility.delegation.map((row) => {
    const holder = row.holder
      ? `${esc(row.holderName ?? row.holder)} <code>${esc(row.holder)}</code>`
      : `<i>${words.unassigned}</i>`;
    const roles = row.roles.length > 0 ? row.roles.map((role) => `<code>${esc(role)}</code>`).join(" ") : words.none;
    const permissions =
      row.permissions.length > 0
        ? row.permissions
            .map((permission) =>
              permission.withinRoles
                ? `<code>${esc(permission.name)}</code>`
                : `<code>${esc(permission.name)}</code> <span class="badge s-fail">${words.beyond}</span>`,
            )
            .join(" ")
        : words.none;
    // data-label: a narrow page may show each row as a card, the header beside each value.
    return `<tr><td data-label="${words.holder}">${holder}</td><td data-label="${words.roles}">${roles}</td><td data-label="${words.account}"><code>${esc(row.account)}</code> (${esc(row.system)})</td><td data-label="${words.permissions}">${permissions}</td></tr>`;
  });
  // Its own scroller: a wide permission list must not widen the page on a phone.
  return `<div class="delegation-scroll" style="overflow-x:auto;max-width:100%"><table class="delegation">${caption ? `<caption>${words.title}</caption>` : ""}<thead><tr><th>${words.holder}</th><th>${words.roles}</th><th>${words.account}</th><th>${words.permissions}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/**
 * The same table folded under one line (accounts, permissions beyond the roles), for a page that lists many
 * facilities: the batch summary's per-facility details.
 */
export function delegationDetails(facility: Delegation, lang: "vi" | "en"): string {
  if (!facility.delegation?.length) return "";
  const words = DELEGATION_WORDS[lang];
  const beyond = facility.delegation.flatMap((row) => row.permissions).filter((permission) => !permission.withinRoles).length;
  const omitted = facility.delegationOmitted ?? 0;
  const accounts = facility.delegation.length + omitted;
  const counts = `${displayNumber(accounts, lang)} ${words.accounts}${beyond > 0 ? ` · <span class="badge s-fail">${displayNumber(beyond, lang)} ${words.beyond}</span>` : ""}`;
  const more = omitted > 0 ? `<p>… ${displayNumber(omitted, lang)} ${words.more}</p>` : "";
  return `<details class="delegation"><summary>${words.title} · ${counts}</summary>${delegationTable(facility, lang, { caption: false })}${more}</details>`;
}
