import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { INVALID_UNSUBSCRIBE } from "@/lib/following/unsubscribe";

export const metadata: Metadata = { title: "This link cannot be used", robots: { index: false, follow: false } };

export default function InvalidFollowLinkPage() {
  return (
    <Card>
      <h1 className="text-2xl font-semibold">This link cannot be used</h1>
      <p className="mt-2" role="alert">{INVALID_UNSUBSCRIBE}</p>
    </Card>
  );
}
