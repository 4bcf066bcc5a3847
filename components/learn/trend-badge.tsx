import { describeTrend, type Trend } from "@/lib/learn/trend";
import { Badge } from "@/components/ui/card";

const ARROW = { up: "↑", down: "↓", flat: "→", new: "↑", none: "·" } as const;
// More complaints is bad news: up is shown as a warning, down as good.
const TONE = { up: "danger", new: "danger", down: "ok", flat: "neutral", none: "neutral" } as const;

export function TrendBadge({ trend }: { trend: Trend }) {
  return (
    <span className="inline-flex items-center gap-1 text-sm">
      <Badge tone={TONE[trend.direction]}>
        <span aria-hidden="true">{ARROW[trend.direction]}</span>&nbsp;{trend.thisWeek} this week
      </Badge>
      <span className="sr-only">{describeTrend(trend)}</span>
    </span>
  );
}
