// What an API token may do. Pure and free of Node APIs: the token form (a client component) lists them.
export const API_SCOPES = ["feedback:write", "feedback:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_LABELS: Record<ApiScope, string> = {
  "feedback:write": "Send feedback (POST)",
  "feedback:read": "Read feedback (GET)",
};

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && (API_SCOPES as readonly string[]).includes(value);
}

// Stored space-separated; unknown words (from a future version) grant nothing.
export function parseScopes(stored: string): ApiScope[] {
  return [...new Set(stored.split(/\s+/).filter(isApiScope))];
}

export function formatScopes(scopes: readonly ApiScope[]): string {
  return API_SCOPES.filter((s) => scopes.includes(s)).join(" ");
}
