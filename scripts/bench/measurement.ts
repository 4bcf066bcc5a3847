// One line of the report: a figure beside its baseline measured in the same run, their ratio, the
// target and whether it was met. A measurement that could not be taken keeps value null and says
// why in note; "unavailable" marks one whose product code does not exist yet (not a failure).
export type Measurement = {
  id: string;
  name: string;
  database: string | null;
  value: number | null;
  unit: string;
  baseline: number | null;
  baselineName: string | null;
  ratio: number | null;
  target: string;
  // null: informational, no target.
  pass: boolean | null;
  unavailable?: boolean;
  note?: string;
  details?: unknown;
};

export function ratioOf(value: number | null, baseline: number | null): number | null {
  return value !== null && baseline !== null && baseline > 0 ? value / baseline : null;
}

export function failed(id: string, name: string, database: string | null, target: string, error: unknown): Measurement {
  const message = error instanceof Error ? error.message : String(error);
  return { id, name, database, value: null, unit: "", baseline: null, baselineName: null, ratio: null, target, pass: false, note: `harness error: ${message.split("\n")[0]}`, details: { error: message.slice(0, 4000) } };
}
