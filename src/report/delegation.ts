/**
 * The delegation at a glance: for a facility that declares a roles catalogue, one row per active account with
 * its holder, the holder's roles and each permission marked within or beyond those roles on that system. The
 * rules judge the same facts (byt_6827_2024.account_permissions_within_roles and the 5715/BYT-BH ¶3 role rules);
 * this is the inspector's table, not a verdict.
 */
export interface DelegationRow {
  account: string;
  system: string;
  holder?: string;
  holderName?: string;
  roles: string[];
  permissions: { name: string; withinRoles: boolean }[];
}

interface Grant {
  system?: unknown;
  permissions?: unknown;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null && !Array.isArray(item))
    : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** The rows, or undefined when the config has no roles catalogue (the role rules are then not applicable). */
export function delegationRows(data: unknown): DelegationRow[] | undefined {
  const config = records([data])[0];
  const roles = records(config?.roles);
  if (roles.length === 0) return undefined;
  const staff = new Map(records(config?.staff).map((person) => [person.id, person]));
  const allowed = (roleIds: string[], system: unknown): Set<string> =>
    new Set(
      roles
        .filter((role) => roleIds.includes(role.id as string))
        .flatMap((role) => [...(records(role.grants) as Grant[]), { system: role.system, permissions: role.permissions }])
        .filter((grant) => grant.system === system)
        .flatMap((grant) => strings(grant.permissions)),
    );
  return records(config?.accounts)
    .filter((account) => (account.status ?? "active") === "active")
    .map((account) => {
      const person = typeof account.holder === "string" ? staff.get(account.holder) : undefined;
      const roleIds = strings(person?.roles);
      const within = allowed(roleIds, account.system);
      return {
        account: String(account.id),
        system: String(account.system),
        ...(typeof account.holder === "string" ? { holder: account.holder } : {}),
        ...(typeof person?.name === "string" ? { holderName: person.name } : {}),
        roles: roleIds,
        permissions: strings(account.permissions).map((name) => ({ name, withinRoles: within.has(name) })),
      };
    });
}
