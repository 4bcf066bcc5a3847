"use client";
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisDay, CHART_COLORS, tickStyle } from "@/components/dashboard/chart-style";

export type IndexChartPoint = { day: string; index: number | null };

// The index per day. Days without an index leave a gap: "no data" is not drawn as 0.
export default function IndexChart({ data }: { data: IndexChartPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" tickFormatter={axisDay} tick={tickStyle} minTickGap={24} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={tickStyle} />
        <ReferenceLine y={50} stroke={CHART_COLORS.muted} strokeDasharray="4 4" />
        <Tooltip labelFormatter={(d) => axisDay(String(d))} />
        <Area type="monotone" dataKey="index" name="Trust Recovery Index" stroke={CHART_COLORS.accent} fill={CHART_COLORS.accent} fillOpacity={0.12} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}
