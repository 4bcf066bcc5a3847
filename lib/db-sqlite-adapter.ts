import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma's better-sqlite3 adapter shares one connection per process and serializes only
// transactions: a plain query issued while another request's interactive transaction is open
// runs *inside* that transaction, and is lost if it rolls back. This wrapper puts every query
// and every transaction through one FIFO gate, so each runs alone on the connection.

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;

const PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  PRAGMA foreign_keys = ON;
  PRAGMA busy_timeout = 10000;
`;

class Gate {
  private tail: Promise<void> = Promise.resolve();
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    await previous;
    return release;
  }
}

function bindAll<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (prop in overrides) return overrides[prop as keyof T];
      const value = Reflect.get(obj, prop, obj);
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

function gateTransaction(tx: Tx, release: () => void): Tx {
  let released = false;
  const done = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return bindAll(tx, {
    commit: async () => {
      try { await tx.commit(); } finally { done(); }
    },
    rollback: async () => {
      try { await tx.rollback(); } finally { done(); }
    },
  });
}

function gateAdapter(adapter: Adapter): Adapter {
  const gate = new Gate();
  const exclusive =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await gate.acquire();
      try {
        return await fn(...args);
      } finally {
        release();
      }
    };
  return bindAll(adapter, {
    queryRaw: exclusive(adapter.queryRaw.bind(adapter)),
    executeRaw: exclusive(adapter.executeRaw.bind(adapter)),
    executeScript: exclusive(adapter.executeScript.bind(adapter)),
    startTransaction: async (isolationLevel?: Parameters<Adapter["startTransaction"]>[0]) => {
      const release = await gate.acquire();
      try {
        return gateTransaction(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

// Compiled statements, reused by their SQL text. The adapter prepares every query afresh and binds
// its arguments to the statement for good (better-sqlite3's bind), so each query paid SQLite's
// compile again: ~0.3 ms for an ordinary query, ~8 ms for the dashboard's weekly percentiles.
// Here prepare returns a cached statement behind an object that passes the arguments on each run
// instead. The adapter uses only bind(args) → run() / reader / columns() / raw().all(), and run().
const STATEMENT_CACHE_SIZE = 256;

type Client = { prepare(sql: string): Statement };
type Statement = { run(...args: unknown[]): unknown; all(...args: unknown[]): unknown[]; raw(on?: boolean): Statement; columns(): unknown[]; reader: boolean };

function cacheStatements(client: Client) {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  client.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) cache.delete(sql);
    else {
      stmt = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, stmt);
    const bound = (args: unknown[]) => ({
      run: () => stmt.run(args),
      reader: stmt.reader,
      columns: () => stmt.columns(),
      raw: () => ({ all: () => stmt.raw(true).all(args) }),
    });
    return { ...bound([]), bind: (args: unknown[]) => bound(args) };
  }) as unknown as Client["prepare"];
}

export function createSqliteAdapter(url: string): PrismaBetterSQLite3 {
  const inner = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const factory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(PRAGMAS);
      cacheStatements((adapter as unknown as { client: Client }).client);
      return gateAdapter(adapter);
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return factory as unknown as PrismaBetterSQLite3;
}
