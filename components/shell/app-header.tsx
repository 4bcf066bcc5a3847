import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { Member, OrgChoice } from "@/lib/auth/member";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { ThemeSwitcher } from "@/components/shell/theme-switcher";
import { SignOutButton } from "@/components/shell/sign-out-button";

export function AppHeader({ member, organizations, theme, unread }: { member: Member; organizations: OrgChoice[]; theme: string; unread: number }) {
  const links = [
    { href: "/campaigns", label: "Campaigns", show: true },
    { href: "/dashboard", label: "Dashboard", show: can(member.role, "dashboard.read") },
    { href: "/my-commitments", label: "My commitments", show: can(member.role, "commitment.write") },
    { href: "/notifications", label: unread ? `Notifications (${unread})` : "Notifications", show: true },
    { href: "/settings/members", label: "Members", show: can(member.role, "member.read") },
    { href: "/settings/audit", label: "Audit log", show: can(member.role, "audit.read") },
    { href: "/settings/api-tokens", label: "API tokens", show: can(member.role, "apiToken.manage") },
    { href: "/account", label: "Account", show: true },
  ].filter((l) => l.show);
  return (
    <header className="border-b border-border bg-surface no-print">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/campaigns" className="flex items-center gap-2 text-lg font-semibold">
          <span aria-hidden="true" className="inline-block h-3 w-6 rounded-full bg-gold" />
          Kintsugi
        </Link>
        <OrgSwitcher organizations={organizations} activeId={member.organizationId} />
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="inline-flex min-h-9 items-center rounded-md px-3 text-sm hover:bg-sunken">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <span className="hidden text-sm text-muted md:inline" data-testid="whoami">
            {member.name} · {ROLE_LABELS[member.role]}
          </span>
          <ThemeSwitcher initial={theme} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
