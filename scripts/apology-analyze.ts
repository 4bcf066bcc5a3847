// Sincerity analysis of an apology draft from the command line, the same analysis the editor shows.
//   tsx scripts/apology-analyze.ts [--title T] [--summary S] [--audience A] [--channel C] < draft.txt
// Prints one JSON object (score first). Exit code 2 for unknown flags or an empty draft.
import { parseArgs } from "node:util";
import { analyzeApology } from "@/lib/apology/analysis";

const USAGE = "Usage: tsx scripts/apology-analyze.ts [--title T] [--summary S] [--audience A] [--channel C] < draft.txt";

function fail(message: string): never {
  process.stderr.write(`apology-analyze: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        title: { type: "string", default: "" },
        summary: { type: "string", default: "" },
        audience: { type: "string", default: "" },
        channel: { type: "string", default: "" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function main() {
  const args = readArgs();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (process.stdin.isTTY) fail("pipe the draft on standard input.");
  const text = (await readStdin()).replace(/^\uFEFF/, "");
  if (text.trim() === "") fail("the draft on standard input is empty.");
  const analysis = analyzeApology(text, {
    title: args.title,
    summary: args.summary,
    audience: args.audience,
    channel: args.channel,
  });
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`apology-analyze: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
