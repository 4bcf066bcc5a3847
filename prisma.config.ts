// Prisma CLI configuration. DATABASE_URL picks the provider, the schema and the migrations folder.
// The Wasm schema engine (engine: "js") keeps migrate/diff/generate offline.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "file:./data/kintsugi.db";
const provider = /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgres") {
      // Discrete fields, not connectionString: with a connection string the shadow database
      // silently becomes the main one and the second migration fails (P3006).
      const u = new URL(url);
      return new PrismaPg({
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
        database: u.pathname.slice(1),
        idleTimeoutMillis: 500,
      });
    }
    return new PrismaBetterSQLite3({ url });
  },
});
