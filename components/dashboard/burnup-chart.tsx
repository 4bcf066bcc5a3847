"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisDay, CHART_COLORS, tickStyle } from "@/components/dashboard/chart-style";
import type { BurnupDay } from "@/lib/dashboard/series";

// Commitments burn-up: made, fallen due and done, as of each day.
export default function BurnupChart({ data }: { data: BurnupDay[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" tickFormatter={axisDay} tick={tickStyle} minTickGap={24} />
        <YAxis allowDecimals={false} tick={tickStyle} />
        <Tooltip labelFormatter={(d) => axisDay(String(d))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="stepAfter" dataKey="committed" name="Made" stroke={CHART_COLORS.neutral} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="stepAfter" dataKey="due" name="Due" stroke={CHART_COLORS.negative} strokeWidth={2} strokeDasharray="5 3" dot={false} isAnimationActive={false} />
        <Line type="stepAfter" dataKey="done" name="Done" stroke={CHART_COLORS.positive} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
