import "server-only";
import type { Db, Tx } from "@/lib/db";

// The Prisma model API reached by name, for code that walks every model of the schema.
export type Row = Record<string, unknown>;
export type ModelDelegate = {
  findMany(args: Record<string, unknown>): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
};

export function delegateOf(client: Db | Tx, name: string): ModelDelegate {
  const delegate = (client as unknown as Record<string, ModelDelegate | undefined>)[name];
  if (!delegate || typeof delegate.findMany !== "function") throw new Error(`The Prisma client has no model ${name}`);
  return delegate;
}

// Every row a `where` selects, a page at a time in primary-key order.
export async function* pagedRows(delegate: ModelDelegate, where: Row, idFields: string[], pageSize = 1000): AsyncGenerator<Row> {
  const orderBy = idFields.map((f) => ({ [f]: "asc" }));
  if (idFields.length === 1) {
    const [id] = idFields;
    let last: unknown = undefined;
    for (;;) {
      const page = await delegate.findMany({ where: last === undefined ? where : { AND: [where, { [id]: { gt: last } }] }, orderBy, take: pageSize });
      yield* page;
      if (page.length < pageSize) return;
      last = page[page.length - 1][id];
    }
  }
  for (let skip = 0; ; skip += pageSize) {
    const page = await delegate.findMany({ where, orderBy, skip, take: pageSize });
    yield* page;
    if (page.length < pageSize) return;
  }
}
