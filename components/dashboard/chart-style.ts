// Colours and axis styling shared by the dashboard charts. CSS variables, so the charts follow the
// light and dark themes like everything else.
export const CHART_COLORS = {
  accent: "var(--k-accent)",
  muted: "var(--k-muted)",
  grid: "var(--k-border)",
  negative: "var(--k-danger)",
  neutral: "var(--k-muted)",
  positive: "var(--k-ok)",
} as const;

export const tickStyle = { fontSize: 11, fill: "var(--k-muted)" };

const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

// "2026-11-22" → "22 Nov".
export const axisDay = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? short.format(new Date(`${day}T00:00:00Z`)) : day);
