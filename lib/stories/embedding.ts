import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError } from "@/lib/errors";
import { UpdateFramingOriginsInput } from "@/lib/stories/schemas";

// The sites allowed to frame the organization's story walls (CSP frame-ancestors).
export const updateFramingOrigins = defineAction({
  name: "organization.updateFramingOrigins",
  permission: "organization.update",
  input: UpdateFramingOriginsInput,
  async run({ tx, member }, input) {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: member.organizationId }, select: { framingOrigins: true, version: true } });
    const framingOrigins = input.origins.join("\n");
    const { count } = await tx.organization.updateMany({
      where: { id: member.organizationId, version: input.version },
      data: { framingOrigins, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else changed these settings since you opened them. Your list is kept below: reload, then save again.");
    return {
      data: { origins: input.origins },
      audit: { entityType: "Organization", entityId: member.organizationId, before: { framingOrigins: before.framingOrigins }, after: { framingOrigins } },
      message: input.origins.length
        ? `Saved. The story wall may now be embedded on ${input.origins.length === 1 ? "1 site" : `${input.origins.length} sites`}.`
        : "Saved. The story wall can only be shown on Kintsugi's own pages until you add a site.",
    };
  },
});
