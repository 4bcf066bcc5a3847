// Keyset pagination over (receivedAt desc, id desc): stable while new items arrive. The cursor is
// opaque to clients (base64url JSON of the last item's position).
export type Position = { receivedAt: Date; id: string };

export function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.receivedAt.toISOString(), p.id])).toString("base64url");
}

export function decodeCursor(cursor: string): Position | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [iso, id] = value;
    if (typeof iso !== "string" || typeof id !== "string" || !id || id.length > 64) return null;
    const receivedAt = new Date(iso);
    return Number.isNaN(receivedAt.getTime()) ? null : { receivedAt, id };
  } catch {
    return null;
  }
}
