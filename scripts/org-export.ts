// Exports one organization — its records, the people they name, its uploaded files — to one
// JSON Lines file (lib/org-transfer/format.ts), for moving it to another instance:
//   npm run -s org:export -- --org SLUG [--out DIR_OR_FILE]
// Prints a JSON summary. Exit code 2 for bad arguments, 1 when the export fails (nothing is left
// under the target name then). The file is sensitive: it is created readable by its owner only.
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import type { Writable } from "node:stream";
import { exportTarget, ORG_EXPORT_USAGE, parseOrgExportArgs } from "@/lib/org-transfer/cli-args";

function fail(code: number, message: string): never {
  process.stderr.write(`org-export: ${message}\n${code === 2 ? `${ORG_EXPORT_USAGE}\n` : ""}`);
  process.exit(code);
}

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

async function main() {
  const args = parseOrgExportArgs(process.argv.slice(2));
  if (args.ok === "help") {
    process.stdout.write(`${ORG_EXPORT_USAGE}\n`);
    return;
  }
  if (!args.ok) fail(2, args.reason);
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { storage } = await import("@/lib/storage");
  const { exportOrganization } = await import("@/lib/org-transfer/export-organization");

  const target = exportTarget(args.value.out, args.value.org, new Date(), isDirectory);
  mkdirSync(path.dirname(target), { recursive: true });
  // Written under a temporary name and renamed at the end: a failed export leaves no file that
  // looks finished. "wx": never overwrite an earlier export.
  const partial = `${target}.part`;
  const file = createWriteStream(partial, { flags: "wx", mode: 0o600 });
  await once(file, "open");
  const gzip = target.endsWith(".gz") ? createGzip() : null;
  if (gzip) gzip.pipe(file);
  const out: Writable = gzip ?? file;
  const write = (line: string) => (out.write(line) ? undefined : once(out, "drain").then(() => undefined));
  const started = Date.now();
  try {
    const summary = await exportOrganization({ db, storage, slug: args.value.org, write });
    out.end();
    await once(file, "close");
    if (statSync(target, { throwIfNoEntry: false })) throw new Error(`${target} appeared while exporting; the export is left in ${partial}`);
    renameSync(partial, target);
    process.stdout.write(`${JSON.stringify({ file: target, bytes: statSync(target).size, ...summary, ms: Date.now() - started })}\n`);
    if (summary.missingFiles.length) process.stderr.write(`org-export: warning: ${summary.missingFiles.length} referenced file(s) were not in storage and are marked missing in the export\n`);
  } catch (error) {
    out.destroy();
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(1, error instanceof Error ? error.message : String(error)));
