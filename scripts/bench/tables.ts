// The columns the dataset writes, with their types (see writer.ts). Columns left out take their
// database defaults; @updatedAt columns have none in the database, so they are always given.
import type { TableSpec } from "./writer";

const e = (name: string) => ({ enum: name });

export const T = {
  Organization: { name: "Organization", columns: { id: "text", name: "text", slug: "text", createdAt: "ts", updatedAt: "ts" } },
  User: { name: "User", columns: { id: "text", email: "text", name: "text", passwordHash: "text", activeOrganizationId: "text", createdAt: "ts", updatedAt: "ts" } },
  Membership: { name: "Membership", columns: { id: "text", organizationId: "text", userId: "text", role: e("Role"), createdAt: "ts", updatedAt: "ts" } },
  ApiToken: { name: "ApiToken", columns: { id: "text", organizationId: "text", name: "text", prefix: "text", tokenHash: "text", scopes: "text", createdById: "text", createdAt: "ts" } },
  Campaign: {
    name: "Campaign",
    columns: {
      id: "text", organizationId: "text", slug: "text", title: "text", summary: "text", occurredAt: "ts", discoveredAt: "ts", severity: e("Severity"),
      affectedAudience: "text", status: e("CampaignStatus"), slaMinutes: "int", publicPage: "bool", createdById: "text", createdAt: "ts", updatedAt: "ts",
    },
  },
  Apology: {
    name: "Apology",
    columns: {
      id: "text", organizationId: "text", campaignId: "text", channel: "text", name: "text", reviewState: e("ReviewState"), currentVersionId: "text",
      approvedVersionId: "text", publishedVersionId: "text", publishedAt: "ts", createdAt: "ts", updatedAt: "ts",
    },
  },
  ApologyVersion: {
    name: "ApologyVersion",
    columns: { id: "text", organizationId: "text", apologyId: "text", number: "int", body: "text", authorId: "text", score: "int", analysis: "json", createdAt: "ts" },
  },
  ApologyPublication: {
    name: "ApologyPublication",
    columns: { id: "text", organizationId: "text", apologyId: "text", versionId: "text", publishedById: "text", changeSummary: "text", publishedAt: "ts" },
  },
  FeedbackItem: {
    name: "FeedbackItem",
    columns: {
      id: "text", organizationId: "text", campaignId: "text", channel: e("FeedbackChannel"), externalId: "text", dedupeKey: "text", authorName: "text",
      authorHandle: "text", text: "text", url: "text", receivedAt: "ts", sentimentScore: "float", sentimentLabel: e("SentimentLabel"),
      status: e("FeedbackStatus"), assigneeId: "text", responseText: "text", respondedAt: "ts", responderId: "text", isSuggestion: "bool",
      createdAt: "ts", updatedAt: "ts",
    },
  },
  Theme: {
    name: "Theme",
    columns: { id: "text", organizationId: "text", campaignId: "text", label: "text", keyPhrases: "text", description: "text", createdAt: "ts", updatedAt: "ts" },
  },
  FeedbackTheme: { name: "FeedbackTheme", columns: { feedbackItemId: "text", themeId: "text", organizationId: "text", reviewed: "bool", createdAt: "ts" } },
  Lesson: {
    name: "Lesson",
    columns: {
      id: "text", organizationId: "text", campaignId: "text", title: "text", whatWeHeard: "text", rootCause: "text", whatChanges: "text",
      createdById: "text", createdAt: "ts", updatedAt: "ts",
    },
  },
  LessonTheme: { name: "LessonTheme", columns: { lessonId: "text", themeId: "text", organizationId: "text" } },
  Commitment: {
    name: "Commitment",
    columns: {
      id: "text", organizationId: "text", campaignId: "text", title: "text", description: "text", ownerId: "text", dueDate: "ts",
      trustElement: e("TrustElement"), status: e("CommitmentStatus"), statusReason: "text", progress: "int", isPublic: "bool", completedAt: "ts",
      createdAt: "ts", updatedAt: "ts",
    },
  },
  CommitmentLesson: { name: "CommitmentLesson", columns: { commitmentId: "text", lessonId: "text", organizationId: "text" } },
  Evidence: {
    name: "Evidence",
    columns: {
      id: "text", organizationId: "text", commitmentId: "text", kind: e("EvidenceKind"), title: "text", url: "text", metricName: "text",
      metricValue: "float", metricUnit: "text", metricBaseline: "float", metricTarget: "float", metricAsOf: "ts", note: "text", isPublic: "bool",
      retractedAt: "ts", retractedById: "text", retractReason: "text", addedById: "text", createdAt: "ts",
    },
  },
  CommitmentUpdate: {
    name: "CommitmentUpdate",
    columns: {
      id: "text", organizationId: "text", commitmentId: "text", authorId: "text", text: "text", progressFrom: "int", progressTo: "int",
      statusFrom: e("CommitmentStatus"), statusTo: e("CommitmentStatus"), createdAt: "ts",
    },
  },
  CustomerStory: {
    name: "CustomerStory",
    columns: {
      id: "text", organizationId: "text", campaignId: "text", origin: e("StoryOrigin"), feedbackItemId: "text", authorName: "text", authorTitle: "text",
      quote: "text", channel: "text", rating: "int", consentStatus: e("ConsentStatus"), isPublished: "bool", publishedAt: "ts", createdAt: "ts",
      updatedAt: "ts",
    },
  },
  ConsentRecord: {
    name: "ConsentRecord",
    columns: { id: "text", organizationId: "text", storyId: "text", status: e("ConsentStatus"), method: "text", wording: "text", actorId: "text", createdAt: "ts" },
  },
  PublicEvent: {
    name: "PublicEvent",
    columns: { id: "text", organizationId: "text", campaignId: "text", kind: "text", title: "text", summary: "text", entityId: "text", createdAt: "ts" },
  },
  SavedReply: { name: "SavedReply", columns: { id: "text", organizationId: "text", title: "text", body: "text", createdAt: "ts", updatedAt: "ts" } },
} satisfies Record<string, TableSpec>;
