// Files on the local disk under one root directory. Writes go to a temporary name first and are
// renamed into place, so a reader never sees half a file.
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { resolveKey } from "@/lib/storage/keys";

export interface FileStorage {
  put(key: string, data: string | Uint8Array): Promise<{ size: number }>;
  // A stream of the file's bytes; rejects with code ENOENT when there is no such file.
  get(key: string, range?: { end?: number }): Promise<Readable>;
  // Removing a file that is not there is not an error.
  remove(key: string): Promise<void>;
}

export class MissingFileError extends Error {
  readonly code = "ENOENT";
  constructor(key: string) {
    super(`No stored file ${key}`);
    this.name = "MissingFileError";
  }
}

export function createLocalStorage(root: string): FileStorage {
  return {
    async put(key, data) {
      const file = resolveKey(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString("hex")}.part`;
      try {
        await writeFile(temp, data);
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { size: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength };
    },
    async get(key, range) {
      const file = resolveKey(root, key);
      // Opened first so a missing file is a rejected promise, not a later stream error.
      const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
        throw error.code === "ENOENT" ? new MissingFileError(key) : error;
      });
      return handle.createReadStream(range?.end !== undefined ? { end: range.end } : {});
    },
    async remove(key) {
      await rm(resolveKey(root, key), { force: true });
    },
  };
}

// The first bytes of a stored file (for sniffing the delimiter or a preview).
export async function readStart(storage: FileStorage, key: string, bytes: number): Promise<Buffer> {
  const stream = await storage.get(key, { end: bytes - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
