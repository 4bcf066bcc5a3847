import { cookies } from "next/headers";
import { requireMemberPage } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/auth/member";
import { AppHeader } from "@/components/shell/app-header";
import { unreadNotificationCount } from "@/lib/notifications/queries";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMemberPage();
  const [organizations, jar, unread] = await Promise.all([listOrganizations(member.userId), cookies(), unreadNotificationCount(member)]);
  const theme = ["light", "dark", "system"].includes(jar.get("kintsugi-theme")?.value ?? "") ? jar.get("kintsugi-theme")!.value : "system";
  return (
    <div data-theme={theme} className="min-h-screen bg-bg text-fg">
      <AppHeader member={member} organizations={organizations} theme={theme} unread={unread} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
