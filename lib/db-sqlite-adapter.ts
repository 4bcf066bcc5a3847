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

export function createSqliteAdapter(url: string): PrismaBetterSQLite3 {
  const inner = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const factory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(PRAGMAS);
      return gateAdapter(adapter);
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return factory as unknown as PrismaBetterSQLite3;
}
