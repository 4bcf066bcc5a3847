import Link from "next/link";
import type { AttentionItem } from "@/lib/dashboard/attention";
import { Badge } from "@/components/ui/card";

const KIND: Record<AttentionItem["kind"], { label: string; tone: "danger" | "warn" }> = {
  commitment: { label: "Promise", tone: "danger" },
  sla: { label: "Reply", tone: "danger" },
  apology: { label: "Apology", tone: "warn" },
  element: { label: "Coverage", tone: "warn" },
};

// What is late or missing, each linking to where someone can act on it.
export function AttentionList({ items }: { items: AttentionItem[] }) {
  return (
    <section aria-labelledby="attention-heading" className="rounded-lg border border-border bg-surface p-4 break-inside-avoid" data-testid="attention">
      <h2 id="attention-heading" className="text-lg font-semibold">
        Needs attention
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing is overdue or missing. Keep answering fast and keep the promises coming.</p>
      ) : (
        <ul className="mt-3 flex flex-col divide-y divide-border">
          {items.map((item, i) => (
            <li key={`${item.href}-${i}`} className="flex items-start gap-3 py-2">
              <Badge tone={KIND[item.kind].tone}>{KIND[item.kind].label}</Badge>
              <div className="min-w-0">
                <Link href={item.href} className="font-medium underline">
                  {item.title}
                </Link>
                <p className="truncate text-sm text-muted">{item.detail}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
