// A tiny line of 0–100 values (the index or one of its components), drawn on the server. Days
// without data leave a gap. Its label says what the line shows, for screen readers.
export function Sparkline({ values, label, width = 120, height = 28 }: { values: (number | null)[]; label: string; width?: number; height?: number }) {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => height - 2 - (Math.max(0, Math.min(100, v)) / 100) * (height - 4);
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${(i * step).toFixed(1)} ${y(v).toFixed(1)} `;
    pen = true;
  });
  const lastIndex = values.findLastIndex((v) => v !== null);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
      <line x1={0} x2={width} y1={y(50)} y2={y(50)} className="stroke-border" strokeWidth={1} strokeDasharray="2 3" />
      {d ? <path d={d.trim()} fill="none" className="stroke-accent" strokeWidth={1.5} strokeLinejoin="round" /> : null}
      {lastIndex >= 0 ? <circle cx={lastIndex * step} cy={y(values[lastIndex]!)} r={2.5} className="fill-accent" /> : null}
    </svg>
  );
}
