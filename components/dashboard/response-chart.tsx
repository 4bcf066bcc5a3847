"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisDay, CHART_COLORS, tickStyle } from "@/components/dashboard/chart-style";

export type ResponseChartWeek = { week: string; medianHours: number | null; p90Hours: number | null; withinSlaPercent: number | null };

// First-response time per week of receipt (median and 90th percentile, in hours) with the share
// answered within the SLA on the right-hand axis.
export default function ResponseChart({ data, slaHours }: { data: ResponseChartWeek[]; slaHours: number }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" tickFormatter={axisDay} tick={tickStyle} />
        <YAxis yAxisId="h" tick={tickStyle} unit=" h" />
        <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tick={tickStyle} unit="%" />
        <Tooltip labelFormatter={(d) => `Week of ${axisDay(String(d))}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="h" dataKey="medianHours" name="Median (h)" fill={CHART_COLORS.accent} isAnimationActive={false} />
        <Bar yAxisId="h" dataKey="p90Hours" name="90th percentile (h)" fill={CHART_COLORS.neutral} isAnimationActive={false} />
        <Line yAxisId="pct" dataKey="withinSlaPercent" name={`Within ${slaHours} h SLA (%)`} stroke={CHART_COLORS.positive} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
