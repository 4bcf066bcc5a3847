// `npm run test:pg`: the integration suite against PostgreSQL, in a throwaway database that is
// dropped afterwards. PG_ADMIN_URL names a server and a role allowed to create databases.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

const admin = process.env.PG_ADMIN_URL ?? "postgresql://kintsugi:kintsugi@127.0.0.1:5432/postgres";
const name = `kintsugi_test_${randomBytes(4).toString("hex")}`;

async function sql(statement) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

try {
  await sql(`CREATE DATABASE ${name}`);
} catch (error) {
  console.error(`Cannot create a PostgreSQL test database through ${admin.replace(/:[^:@/]*@/, ":***@")}: ${error.message}`);
  console.error("Start PostgreSQL and set PG_ADMIN_URL to a role that may CREATE DATABASE (see README).");
  process.exit(1);
}
const url = new URL(admin);
url.pathname = `/${name}`;
let code = 0;
try {
  execFileSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "integration", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url.toString(), NEXT_TELEMETRY_DISABLED: "1" },
  });
} catch (error) {
  code = error.status ?? 1;
} finally {
  await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) => console.error(`could not drop ${name}: ${e.message}`));
}
process.exit(code);
