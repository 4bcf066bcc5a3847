import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { matchItems } from "@/lib/learn/suggest-themes";
import { negativeTexts } from "@/lib/learn/negative-texts";
import {
  AcceptSuggestionInput, CreateLessonInput, CreateThemeInput, ReviewTagsInput, UpdateLessonInput, UpdateThemeInput,
} from "@/lib/learn/schemas";

async function loadCampaign(tx: Tx, member: Member, campaignId: string) {
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, organizationId: member.organizationId }, select: { id: true, slug: true } });
  if (!campaign) throw new NotFoundError("Campaign not found.");
  return campaign;
}

async function loadTheme(tx: Tx, member: Member, themeId: string) {
  const theme = await tx.theme.findFirst({ where: { id: themeId, organizationId: member.organizationId }, include: { campaign: { select: { slug: true } } } });
  if (!theme) throw new NotFoundError("Theme not found.");
  return theme;
}

async function assertLabelFree(tx: Tx, campaignId: string, label: string, exceptId?: string) {
  const clash = await tx.theme.findFirst({ where: { campaignId, label, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new ValidationError("This campaign already has a theme with that label.", { label: ["Choose another label, or open the existing theme."] });
}

// Tags the campaign's negative items that match the key phrases, as not yet reviewed: a person
// confirms or untags each one. Items already tagged keep their review state.
async function tagMatching(tx: Tx, member: Member, campaignId: string, themeId: string, keyPhrases: string[]) {
  if (keyPhrases.length === 0) return 0;
  const texts = await negativeTexts(tx, { organizationId: member.organizationId, campaignId });
  const ids = matchItems(texts, keyPhrases);
  if (ids.length === 0) return 0;
  const existing = await tx.feedbackTheme.findMany({ where: { themeId }, select: { feedbackItemId: true } });
  const have = new Set(existing.map((e) => e.feedbackItemId));
  const fresh = ids.filter((id) => !have.has(id));
  for (let i = 0; i < fresh.length; i += 500) {
    await tx.feedbackTheme.createMany({
      data: fresh.slice(i, i + 500).map((feedbackItemId) => ({ feedbackItemId, themeId, organizationId: member.organizationId, reviewed: false })),
    });
  }
  return fresh.length;
}

async function createTheme(tx: Tx, member: Member, input: CreateThemeInput, suggested: boolean) {
  const campaign = await loadCampaign(tx, member, input.campaignId);
  await assertLabelFree(tx, campaign.id, input.label);
  const theme = await tx.theme.create({
    data: {
      organizationId: member.organizationId,
      campaignId: campaign.id,
      label: input.label,
      description: input.description,
      keyPhrases: input.keyPhrases.join("\n"),
      suggested,
    },
  });
  const tagged = await tagMatching(tx, member, campaign.id, theme.id, input.keyPhrases);
  const message = tagged
    ? `Theme “${theme.label}” created; ${tagged} matching item${tagged === 1 ? "" : "s"} tagged for review.`
    : `Theme “${theme.label}” created.`;
  return {
    data: { themeId: theme.id, slug: campaign.slug, tagged },
    audit: { entityType: "Theme", entityId: theme.id, after: { label: theme.label, keyPhrases: input.keyPhrases, suggested, tagged } },
    message,
  };
}

export const createThemeAction = defineAction({
  name: "theme.create",
  permission: "theme.manage",
  input: CreateThemeInput,
  run: ({ tx, member }, input) => createTheme(tx, member, input, false),
});

export const acceptThemeSuggestion = defineAction({
  name: "theme.acceptSuggestion",
  permission: "theme.manage",
  input: AcceptSuggestionInput,
  run: ({ tx, member }, input) => createTheme(tx, member, input, true),
});

export const updateTheme = defineAction({
  name: "theme.update",
  permission: "theme.manage",
  input: UpdateThemeInput,
  async run({ tx, member }, input) {
    const theme = await loadTheme(tx, member, input.themeId);
    await assertLabelFree(tx, theme.campaignId, input.label, theme.id);
    const data = { label: input.label, description: input.description, keyPhrases: input.keyPhrases.join("\n") };
    const { count } = await tx.theme.updateMany({
      where: { id: theme.id, organizationId: member.organizationId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else changed this theme since you opened it. Your text is kept: reload to see theirs, then save again.");
    return {
      data: { themeId: theme.id },
      audit: { entityType: "Theme", entityId: theme.id, before: { label: theme.label, description: theme.description, keyPhrases: theme.keyPhrases }, after: data },
      message: "Theme saved.",
    };
  },
});

export const reviewThemeTags = defineAction({
  name: "theme.reviewTags",
  permission: "theme.manage",
  input: ReviewTagsInput,
  async run({ tx, member }, input) {
    const theme = await loadTheme(tx, member, input.themeId);
    const where = { themeId: theme.id, organizationId: member.organizationId, feedbackItemId: { in: input.itemIds } };
    const found = await tx.feedbackTheme.count({ where });
    if (found !== input.itemIds.length) throw new NotFoundError("Some selected items are not tagged with this theme.");
    if (input.decision === "confirm") await tx.feedbackTheme.updateMany({ where, data: { reviewed: true } });
    else await tx.feedbackTheme.deleteMany({ where });
    const n = input.itemIds.length;
    return {
      data: { count: n },
      audit: { entityType: "Theme", entityId: theme.id, after: { decision: input.decision, itemIds: input.itemIds } },
      message: input.decision === "confirm" ? `${n} item${n === 1 ? "" : "s"} confirmed.` : `${n} item${n === 1 ? "" : "s"} untagged.`,
    };
  },
});

// Themes and representative items of a lesson must belong to its campaign.
async function assertLinks(tx: Tx, member: Member, campaignId: string, themeIds: string[], feedbackIds: string[]) {
  const themes = await tx.theme.count({ where: { id: { in: themeIds }, organizationId: member.organizationId, campaignId } });
  if (themes !== themeIds.length) throw new NotFoundError("A chosen theme was not found in this campaign.");
  if (feedbackIds.length) {
    const items = await tx.feedbackItem.count({ where: { id: { in: feedbackIds }, organizationId: member.organizationId, campaignId } });
    if (items !== feedbackIds.length) throw new NotFoundError("A chosen feedback item was not found in this campaign.");
  }
}

async function setLinks(tx: Tx, member: Member, lessonId: string, themeIds: string[], feedbackIds: string[]) {
  await tx.lessonTheme.deleteMany({ where: { lessonId, organizationId: member.organizationId, themeId: { notIn: themeIds } } });
  const themes = new Set((await tx.lessonTheme.findMany({ where: { lessonId }, select: { themeId: true } })).map((t) => t.themeId));
  await tx.lessonTheme.createMany({ data: themeIds.filter((id) => !themes.has(id)).map((themeId) => ({ lessonId, themeId, organizationId: member.organizationId })) });
  await tx.lessonFeedback.deleteMany({ where: { lessonId, organizationId: member.organizationId, feedbackItemId: { notIn: feedbackIds } } });
  const items = new Set((await tx.lessonFeedback.findMany({ where: { lessonId }, select: { feedbackItemId: true } })).map((t) => t.feedbackItemId));
  await tx.lessonFeedback.createMany({ data: feedbackIds.filter((id) => !items.has(id)).map((feedbackItemId) => ({ lessonId, feedbackItemId, organizationId: member.organizationId })) });
}

const lessonSnapshot = (l: { title: string; whatWeHeard: string; rootCause: string; whatChanges: string }, themeIds: string[], feedbackIds: string[]) => ({
  title: l.title, whatWeHeard: l.whatWeHeard, rootCause: l.rootCause, whatChanges: l.whatChanges, themeIds: [...themeIds].sort(), feedbackIds: [...feedbackIds].sort(),
});

export const createLesson = defineAction({
  name: "lesson.create",
  permission: "lesson.write",
  input: CreateLessonInput,
  async run({ tx, member }, input) {
    const campaign = await loadCampaign(tx, member, input.campaignId);
    await assertLinks(tx, member, campaign.id, input.themeIds, input.feedbackIds);
    const lesson = await tx.lesson.create({
      data: {
        organizationId: member.organizationId,
        campaignId: campaign.id,
        title: input.title,
        whatWeHeard: input.whatWeHeard,
        rootCause: input.rootCause,
        whatChanges: input.whatChanges,
        createdById: member.userId,
      },
    });
    await setLinks(tx, member, lesson.id, input.themeIds, input.feedbackIds);
    return {
      data: { lessonId: lesson.id, slug: campaign.slug },
      audit: { entityType: "Lesson", entityId: lesson.id, after: { version: 1, ...lessonSnapshot(input, input.themeIds, input.feedbackIds) } },
      message: "Lesson saved. Next: make a commitment so it never happens again.",
    };
  },
});

export const updateLesson = defineAction({
  name: "lesson.update",
  permission: "lesson.write",
  input: UpdateLessonInput,
  async run({ tx, member }, input) {
    const lesson = await tx.lesson.findFirst({
      where: { id: input.lessonId, organizationId: member.organizationId },
      include: { themes: { select: { themeId: true } }, feedback: { select: { feedbackItemId: true } } },
    });
    if (!lesson) throw new NotFoundError("Lesson not found.");
    if (lesson.version !== input.version) {
      throw new ConflictError(`Someone else saved this lesson (version ${lesson.version}) after you opened version ${input.version}. Your text is kept below: compare it with theirs, then save again.`);
    }
    await assertLinks(tx, member, lesson.campaignId, input.themeIds, input.feedbackIds);
    const { count } = await tx.lesson.updateMany({
      where: { id: lesson.id, organizationId: member.organizationId, version: input.version },
      data: { title: input.title, whatWeHeard: input.whatWeHeard, rootCause: input.rootCause, whatChanges: input.whatChanges, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else saved this lesson at the same moment. Your text is kept below: reload to see theirs, then save again.");
    await setLinks(tx, member, lesson.id, input.themeIds, input.feedbackIds);
    return {
      data: { lessonId: lesson.id, version: input.version + 1 },
      audit: {
        entityType: "Lesson",
        entityId: lesson.id,
        before: { version: lesson.version, ...lessonSnapshot(lesson, lesson.themes.map((t) => t.themeId), lesson.feedback.map((f) => f.feedbackItemId)) },
        after: { version: input.version + 1, ...lessonSnapshot(input, input.themeIds, input.feedbackIds) },
      },
      message: `Lesson saved as version ${input.version + 1}.`,
    };
  },
});
