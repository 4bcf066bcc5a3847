import type { Metadata } from "next";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "You no longer follow this page", robots: { index: false, follow: false } };

// Where an unsubscribe link leads when its page is no longer public.
export default function UnsubscribedPage() {
  return (
    <Card>
      <h1 className="text-2xl font-semibold">You no longer follow this page</h1>
      <p className="mt-2" role="status">We will send you nothing more about it, and we have erased your address.</p>
    </Card>
  );
}
