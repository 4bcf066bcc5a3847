// Imports an organization exported by `npm run org:export` into this instance (DATABASE_URL,
// STORAGE_DIR), all or nothing:
//   npm run -s org:import -- --file EXPORT.jsonl[.gz]
// Prints a JSON summary. Exit code 2 for bad arguments, 1 when the import is refused or fails
// (nothing is written then).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ORG_IMPORT_USAGE, parseOrgImportArgs } from "@/lib/org-transfer/cli-args";

function fail(code: number, message: string): never {
  process.stderr.write(`org-import: ${message}\n${code === 2 ? `${ORG_IMPORT_USAGE}\n` : ""}`);
  process.exit(code);
}

async function main() {
  const args = parseOrgImportArgs(process.argv.slice(2));
  if (args.ok === "help") {
    process.stdout.write(`${ORG_IMPORT_USAGE}\n`);
    return;
  }
  if (!args.ok) fail(2, args.reason);
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { storage } = await import("@/lib/storage");
  const { importOrganization } = await import("@/lib/org-transfer/import-organization");
  const source = createReadStream(args.value.file);
  await new Promise((resolve, reject) => source.once("open", resolve).once("error", reject)).catch((error: Error) => fail(1, error.message));
  const input = args.value.file.endsWith(".gz") ? source.pipe(createGunzip()) : source;
  const started = Date.now();
  try {
    const summary = await importOrganization({ db, storage, lines: createInterface({ input, crlfDelay: Infinity }) });
    process.stdout.write(`${JSON.stringify({ ...summary, ms: Date.now() - started })}\n`);
  } finally {
    source.destroy();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(1, error instanceof Error ? error.message : String(error)));
