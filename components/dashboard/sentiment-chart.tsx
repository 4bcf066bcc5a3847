"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisDay, CHART_COLORS, tickStyle } from "@/components/dashboard/chart-style";
import type { SentimentDay } from "@/lib/dashboard/series";

// Feedback received per day, stacked by sentiment.
export default function SentimentChart({ data }: { data: SentimentDay[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" tickFormatter={axisDay} tick={tickStyle} minTickGap={24} />
        <YAxis allowDecimals={false} tick={tickStyle} />
        <Tooltip labelFormatter={(d) => axisDay(String(d))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="negative" name="Negative" stackId="s" fill={CHART_COLORS.negative} isAnimationActive={false} />
        <Bar dataKey="neutral" name="Neutral" stackId="s" fill={CHART_COLORS.neutral} isAnimationActive={false} />
        <Bar dataKey="positive" name="Positive" stackId="s" fill={CHART_COLORS.positive} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
