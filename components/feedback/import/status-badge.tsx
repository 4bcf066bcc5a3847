import { Badge } from "@/components/ui/card";
import type { ImportStatusValue } from "@/lib/feedback/import/progress";

const LABELS: Record<ImportStatusValue, { text: string; tone: "neutral" | "ok" | "warn" | "danger" | "info" }> = {
  PENDING: { text: "Waiting", tone: "neutral" },
  RUNNING: { text: "Running", tone: "info" },
  COMPLETED: { text: "Completed", tone: "ok" },
  FAILED: { text: "Failed", tone: "danger" },
  CANCELLED: { text: "Cancelled", tone: "warn" },
};

export function ImportStatusBadge({ status }: { status: ImportStatusValue }) {
  const { text, tone } = LABELS[status];
  return <Badge tone={tone}>{text}</Badge>;
}
