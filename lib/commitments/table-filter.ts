import { z } from "zod";
import { TRUST_ELEMENTS } from "@/lib/commitments/elements";
import { COMMITMENT_STATUSES } from "@/lib/commitments/status";

// The commitments table's filters and sort, read from the URL. Anything malformed is dropped, so
// a bad link still shows the table. Pure.
export const SORT_KEYS = ["due", "title", "owner", "element", "status", "progress"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const TableFilterSchema = z.object({
  owner: opt(z.string().min(1).max(64)),
  element: opt(z.enum(TRUST_ELEMENTS)),
  status: opt(z.enum(COMMITMENT_STATUSES)),
  due: opt(z.enum(["overdue", "soon"])),
  sort: z.enum(SORT_KEYS).catch("due").default("due"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TableFilter = z.infer<typeof TableFilterSchema>;

export function parseTableFilter(params: Record<string, string | string[] | undefined>): TableFilter {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === "string" && value !== "") flat[k] = value;
  }
  return TableFilterSchema.parse(flat);
}

export function tableSearchParams(filter: TableFilter, overrides: Partial<TableFilter> = {}): string {
  const merged = { ...filter, ...overrides };
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === "" || (k === "sort" && v === "due") || (k === "dir" && v === "asc") || (k === "page" && v === 1)) continue;
    out.set(k, String(v));
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}

// A link to the table view with these filters.
export function tableHref(base: string, filter: TableFilter, overrides: Partial<TableFilter> = {}): string {
  const q = new URLSearchParams(tableSearchParams(filter, overrides).slice(1));
  q.set("view", "table");
  return `${base}?${q}`;
}
