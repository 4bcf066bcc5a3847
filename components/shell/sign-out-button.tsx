"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="ghost" onClick={async () => {
        // redirect: false, then a same-origin navigation: next-auth's own redirect would use
        // NEXTAUTH_URL, which a single-machine install does not set.
        await signOut({ redirect: false });
        // A full navigation on purpose: it drops the client router cache that holds signed-in pages.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in");
      }}>
      Sign out
    </Button>
  );
}
