import { redirect } from "next/navigation";
import { currentMember } from "@/lib/auth/session";
import { needsSetup } from "@/lib/setup/first-run";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (await needsSetup()) redirect("/setup");
  redirect((await currentMember()) ? "/campaigns" : "/sign-in");
}
