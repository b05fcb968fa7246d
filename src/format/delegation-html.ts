import type { FacilityReport } from "../report/model.js";
import { esc } from "./escape.js";

const WORDS = {
  vi: {
    title: "Ủy quyền, phân quyền: người giữ × tài khoản × quyền",
    holder: "Người giữ",
    roles: "Vai trò",
    account: "Tài khoản",
    permissions: "Quyền",
    beyond: "ngoài vai trò",
    none: "—",
    unassigned: "chưa giao",
  },
  en: {
    title: "Delegation: holder × account × permission",
    holder: "Holder",
    roles: "Roles",
    account: "Account",
    permissions: "Permissions",
    beyond: "beyond the roles",
    none: "—",
    unassigned: "unassigned",
  },
};

/**
 * The facility's delegation table (present only with a roles catalogue): one row per active account, its holder
 * and roles, and each permission, those beyond the holder's roles on that system marked.
 */
export function delegationTable(facility: FacilityReport, lang: "vi" | "en"): string {
  if (!facility.delegation?.length) return "";
  const words = WORDS[lang];
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
    return `<tr><td>${holder}</td><td>${roles}</td><td><code>${esc(row.account)}</code> (${esc(row.system)})</td><td>${permissions}</td></tr>`;
  });
  // Its own scroller: a wide permission list must not widen the page on a phone.
  return `<div class="delegation-scroll" style="overflow-x:auto;max-width:100%"><table class="delegation"><caption>${words.title}</caption><thead><tr><th>${words.holder}</th><th>${words.roles}</th><th>${words.account}</th><th>${words.permissions}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}
