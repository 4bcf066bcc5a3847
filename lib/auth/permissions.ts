// The one table of who may do what. Pure: the server checks it (assertCan), the client only
// uses it to hide controls (can). A role missing from the table — or an unknown role — gets nothing.

export const ROLES = ["ADMIN", "COMMS", "MANAGER", "EXEC"] as const;
export type Role = (typeof ROLES)[number];

const A = "ADMIN", C = "COMMS", M = "MANAGER", E = "EXEC";

export const PERMISSIONS = {
  // Acting on one's own account: switch organization, sign out everywhere.
  "account.self": [A, C, M, E],
  "organization.update": [A],
  "member.read": [A, C, M, E],
  "member.invite": [A],
  "member.changeRole": [A],
  "member.remove": [A],
  "audit.read": [A],
  "apiToken.manage": [A],

  "campaign.read": [A, C, M, E],
  "campaign.create": [A, C],
  "campaign.update": [A, C],
  "campaign.changeStatus": [A, C, E],

  "apology.draft": [A, C],
  "apology.submit": [A, C],
  "apology.review": [A, E],
  "apology.publish": [A, C],

  "feedback.read": [A, C, M, E],
  "feedback.reply": [A, C],
  "feedback.triage": [A, C],
  "feedback.import": [A, C],
  "savedReply.manage": [A, C],

  "theme.manage": [A, C, M],
  "lesson.write": [A, M],
  "commitment.write": [A, M],
  "evidence.write": [A, M],
  "loop.tell": [A, C],

  "story.manage": [A, C],
  "story.publish": [A, C],

  "dashboard.read": [A, M, E],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!isRole(role)) return false;
  const allowed: readonly Role[] | undefined = PERMISSIONS[permission];
  return Array.isArray(allowed) && allowed.includes(role);
}

export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((r) => can(r, permission));
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  COMMS: "Communications",
  MANAGER: "Manager",
  EXEC: "Executive",
};
