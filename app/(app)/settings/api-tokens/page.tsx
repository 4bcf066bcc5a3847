import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { maskedToken } from "@/lib/api-tokens/format";
import { formatDateTime } from "@/lib/shared/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { RevokeTokenButton } from "@/components/api-tokens/revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const member = await requireMemberPage();
  if (!can(member.role, "apiToken.manage")) return <EmptyState title="Only admins can manage API tokens" />;
  const tokens = await listApiTokens(member);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Let listening tools send feedback to {member.organizationName}&apos;s campaigns and read it back through the REST API (
            <a className="underline" href="/api/v1/openapi.json">
              OpenAPI document
            </a>
            ).
          </>
        }
      />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">Create a token</h2>
        <CreateTokenForm />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Tokens ({tokens.length})</h2>
        {tokens.length === 0 ? (
          <p className="text-sm text-muted">No tokens yet. Create one above for each tool that sends feedback.</p>
        ) : (
          <ul className="divide-y divide-border">
            {tokens.map((t) => (
              <li key={t.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="api-token-row">
                <div className="flex flex-col gap-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {t.name}
                    <code className="font-mono text-xs text-muted">{maskedToken(t.prefix)}</code>
                    {t.revokedAt ? <Badge tone="danger">Revoked {formatDateTime(t.revokedAt)}</Badge> : <Badge tone="ok">Active</Badge>}
                  </p>
                  <p className="flex flex-wrap gap-1 text-sm text-muted">
                    <span className="sr-only">Scopes:</span>
                    {t.scopes.map((s) => (
                      <Badge key={s}>{s}</Badge>
                    ))}
                  </p>
                  <p className="text-sm text-muted">
                    Created by {t.createdBy.name} on {formatDateTime(t.createdAt)} · {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : "never used"}
                  </p>
                </div>
                {t.revokedAt ? null : <RevokeTokenButton tokenId={t.id} name={t.name} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
