import "server-only";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Member } from "@/lib/auth/member";
import { storage, MissingFileError } from "@/lib/storage";
import { logger } from "@/lib/logger";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });

// RFC 6266: an ASCII fallback and the exact name in UTF-8.
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// An evidence file, to members of its organization only, always as a download with the type its
// bytes were checked to be: the browser never renders it inside the app's origin. Another
// organization's id answers exactly like an id that does not exist.
export async function evidenceFileResponse(member: Member | null, evidenceId: string): Promise<Response> {
  if (!member) return plain(401, "Please sign in.");
  if (!can(member.role, "campaign.read")) return plain(403, "You do not have permission to do that.");
  const evidence = await db.evidence.findFirst({
    where: { id: evidenceId, organizationId: member.organizationId, kind: "FILE" },
    select: { fileKey: true, fileName: true, fileMime: true, fileSize: true },
  });
  if (!evidence?.fileKey || !evidence.fileMime) return plain(404, "Not found.");
  let stream: Readable;
  try {
    stream = await storage.get(evidence.fileKey);
  } catch (error) {
    if (error instanceof MissingFileError) {
      logger.error({ evidenceId }, "evidence file missing from storage");
      return plain(404, "The file is missing from storage.");
    }
    throw error;
  }
  const headers: Record<string, string> = {
    "Content-Type": evidence.fileMime,
    "Content-Disposition": disposition(evidence.fileName ?? "evidence"),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    // Even if something opened it inline, it could run nothing.
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (evidence.fileSize) headers["Content-Length"] = String(evidence.fileSize);
  return new Response(Readable.toWeb(stream) as ReadableStream, { status: 200, headers });
}
