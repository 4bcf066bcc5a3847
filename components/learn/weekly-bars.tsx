import { formatDate } from "@/lib/shared/format";

// A theme's volume per week as small bars; screen readers get the numbers as text.
export function WeeklyBars({ weekly, label }: { weekly: { week: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...weekly.map((w) => w.count));
  const text = weekly.map((w) => `week of ${formatDate(w.week)}: ${w.count}`).join("; ");
  return (
    <div role="img" aria-label={`${label}, per week — ${text}`} className="flex h-8 items-end gap-0.5" title={text}>
      {weekly.map((w) => (
        <span key={w.week} aria-hidden="true" className={`w-2.5 rounded-sm ${w.count ? "bg-accent" : "bg-sunken"}`} style={{ height: `${Math.max(8, (w.count / max) * 100)}%` }} />
      ))}
    </div>
  );
}
