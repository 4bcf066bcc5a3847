import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/api/errors";

// Reads a JSON request body without ever holding more than the limit: a declared length over it
// is refused before reading, and a streamed body is cut off as soon as it passes it.
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type");
  if (type && !JSON_TYPE.test(type.trim())) {
    throw new UnsupportedMediaTypeError(`Send the body as JSON with Content-Type: application/json (got ${type.slice(0, 100)}).`);
  }
  const tooLarge = () => new PayloadTooLargeError(`The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; send smaller batches.`);
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) throw new BadRequestError("The request body is empty; send a JSON object.");

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError("The request body is not valid UTF-8.");
  }
  if (!text.trim()) throw new BadRequestError("The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequestError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}
