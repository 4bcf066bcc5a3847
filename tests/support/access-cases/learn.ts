// Access-matrix cases for step 3 (themes and lessons).
import { createFeedback } from "@/tests/factories/feedback";
import { createLesson, createTheme } from "@/tests/factories/commitments";
import { uid } from "@/tests/factories";
import type { Case, Fixture } from "@/tests/support/access-cases/types";

const scope = (f: Fixture) => ({ id: f.campaign.id, organizationId: f.organizationId });

const lessonFields = {
  title: "Billing retries were not idempotent",
  whatWeHeard: "People were charged twice and their rent bounced.",
  rootCause: "A retry after a timeout charged the card again.",
  whatChanges: "Every charge carries an idempotency key.",
};

export const LEARN_CASES: Record<string, Case> = {
  "theme.create": { crossOrg: true, input: async (f) => ({ campaignId: f.campaign.id, label: `Refund delays ${uid()}`, keyPhrases: "refund" }) },
  "theme.acceptSuggestion": {
    crossOrg: true,
    input: async (f) => {
      await createFeedback(scope(f), [{ text: "You charged me twice, this is a disgrace and I am furious." }]);
      return { campaignId: f.campaign.id, label: `Charged twice ${uid()}`, keyPhrases: "charged twice" };
    },
  },
  "theme.update": {
    crossOrg: true,
    input: async (f) => {
      const t = await createTheme(scope(f));
      return { themeId: t.id, version: t.version, label: `Renamed ${uid()}`, description: "", keyPhrases: "" };
    },
  },
  "theme.reviewTags": {
    crossOrg: true,
    input: async (f) => {
      const [item] = await createFeedback(scope(f));
      const t = await createTheme(scope(f), { itemIds: [item.id], reviewed: false });
      return { themeId: t.id, itemIds: item.id, decision: "confirm" };
    },
  },
  "lesson.create": {
    crossOrg: true,
    input: async (f) => ({ campaignId: f.campaign.id, ...lessonFields, themeIds: (await createTheme(scope(f))).id }),
  },
  "lesson.update": {
    crossOrg: true,
    input: async (f) => {
      const t = await createTheme(scope(f));
      const l = await createLesson(scope(f), f.admin.userId, { themeIds: [t.id] });
      return { lessonId: l.id, version: l.version, ...lessonFields, themeIds: [t.id] };
    },
  },
};
