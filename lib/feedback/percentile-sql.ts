import "server-only";
import { isPostgres, join, num, raw, sql, type Sql } from "@/lib/db-sql";
import { rankOffset, type RankPlan } from "@/lib/feedback/percentile-ranks";

// One statement for many percentiles: each plan's one or two values around its rank, as rows
// (i = the plan's position, m = a value). `arms(plan)` are SELECTs of one column "m" that together
// hold the plan's group; they must depend on the plan's key only. `prefix` holds the statement's
// WITH clause, if any.
export function rankValuesSql(plans: RankPlan[], arms: (plan: RankPlan) => Sql[], prefix: Sql = sql``): Sql {
  return isPostgres ? rankValuesByAggregate(plans, arms, prefix) : rankValuesByOffset(plans, arms, prefix);
}

// SQLite: each arm reads an index in m's order, SQLite merges them without a sort, and the walk
// stops after the rank's offset. The offsets are parameters, so the statement's text stays the
// same while replies arrive and SQLite reuses its compiled form (lib/db-sqlite-adapter.ts):
// compiling a week's worth of arms costs more than running them.
function rankValuesByOffset(plans: RankPlan[], arms: (plan: RankPlan) => Sql[], prefix: Sql): Sql {
  const parts = plans.map((plan, i) => {
    const order = raw(plan.fromTop ? "DESC" : "ASC");
    return sql`SELECT ${raw(String(i))} AS i, r${raw(String(i))}.m AS m FROM (
      ${join(arms(plan), " UNION ALL ")} ORDER BY 1 ${order} LIMIT 2 OFFSET ${rankOffset(plan)}) r${raw(String(i))}`;
  });
  return sql`${prefix} ${join(parts, " UNION ALL ")}`;
}

// PostgreSQL does not merge ordered UNION ALL arms (it appends and sorts them all), so the walk
// above reads every value once per percentile. Instead each group is read once and
// percentile_disc picks the exact ranks: the value at rank r (1-based, of n) is
// percentile_disc((r − ½) / n), half a rank away from either neighbour, so floating-point
// rounding cannot pick the wrong one. The interpolation stays in interpolateRank, the same
// arithmetic as on SQLite.
function rankValuesByAggregate(plans: RankPlan[], arms: (plan: RankPlan) => Sql[], prefix: Sql): Sql {
  const groups = new Map<string, { first: RankPlan; wanted: [number, number][] }>();
  plans.forEach((plan, i) => {
    const g = groups.get(plan.key) ?? { first: plan, wanted: [] };
    for (const rank of new Set([plan.lo, plan.hi])) g.wanted.push([i, (rank - 0.5) / plan.n]);
    groups.set(plan.key, g);
  });
  const literal = (x: number) => {
    if (!Number.isFinite(x)) throw new RangeError(`Not a number: ${x}`);
    return String(x);
  };
  const parts = [...groups.values()].map(({ first, wanted }) => {
    const positions = raw(wanted.map(([i]) => literal(i)).join(", "));
    const fractions = raw(wanted.map(([, f]) => `${literal(f)}::float8`).join(", "));
    return sql`SELECT unnest(ARRAY[${positions}]) AS i,
      unnest(percentile_disc(ARRAY[${fractions}]) WITHIN GROUP (ORDER BY u.m)) AS m
      FROM (${join(arms(first), " UNION ALL ")}) u`;
  });
  // An empty group gives NULL values, which are no values.
  return sql`${prefix} SELECT x.i AS i, x.m AS m FROM (${join(parts, " UNION ALL ")}) x WHERE x.m IS NOT NULL`;
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
