import { connection } from "next/server";
import { SignOutButton } from "@/components/shell/sign-out-button";

// Rendered per request, like every signed-in page, so it gets the nonce-based CSP (proxy.ts).
export default async function NoOrganizationPage() {
  await connection();
  return (
    <main id="main" data-theme="system" className="mx-auto max-w-md px-4 py-16 text-fg">
      <h1 className="text-2xl font-semibold">You are not a member of any organization</h1>
      <p className="mt-2 text-sm text-muted">An admin may have removed you. Ask them for a new invitation link.</p>
      <div className="mt-4">
        <SignOutButton />
      </div>
    </main>
  );
}
