import "server-only";
import { join, num, raw, sql, type Sql } from "@/lib/db-sql";
import { rankOffset, type RankPlan } from "@/lib/feedback/percentile-ranks";

// One statement for many percentiles: for each plan, its arms (SELECTs of one column "m", each
// reading an index in m's order, so SQLite and PostgreSQL merge them without a sort) stop after
// the rank's offset and return two values. `prefix` holds the statement's WITH clause, if any.
// The offsets are parameters, so the statement's text stays the same while replies arrive and
// SQLite reuses its compiled form (lib/db-sqlite-adapter.ts): compiling a week's worth of arms
// costs more than running them.
export function rankValuesSql(plans: RankPlan[], arms: (plan: RankPlan) => Sql[], prefix: Sql = sql``): Sql {
  const parts = plans.map((plan, i) => {
    const order = raw(plan.fromTop ? "DESC" : "ASC");
    return sql`SELECT ${raw(String(i))} AS i, r${raw(String(i))}.m AS m FROM (
      ${join(arms(plan), " UNION ALL ")} ORDER BY 1 ${order} LIMIT 2 OFFSET ${rankOffset(plan)}) r${raw(String(i))}`;
  });
  return sql`${prefix} ${join(parts, " UNION ALL ")}`;
}

// The fetched values of each plan, by the plan's position.
export function valuesByPlan(rows: { i: unknown; m: unknown }[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const i = num(r.i);
    out.set(i, [...(out.get(i) ?? []), num(r.m)]);
  }
  return out;
}
