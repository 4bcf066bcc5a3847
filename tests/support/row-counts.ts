// A cheap fingerprint of everything an organization holds: the row count of every tenant table and
// the sum of the versions of every versioned one, in one statement (SQLite and PostgreSQL). Equal
// before and after means nothing was added, removed or saved. snapshotOrganization compares every
// field; this is for loops that check thousands of refusals.
import { databaseProvider, db } from "@/lib/db";

const TENANT_TABLES = [
  "Membership", "Invitation", "ApiToken", "Campaign", "Apology", "ApologyVersion", "ApologyReview",
  "ApologyPublication", "FeedbackItem", "FeedbackTheme", "Theme", "ImportJob", "ImportRejection",
  "ImportMapping", "SavedReply", "Lesson", "LessonTheme", "LessonFeedback", "Commitment",
  "CommitmentLesson", "Evidence", "CommitmentUpdate", "CloseLoopTask", "CustomerStory",
  "ConsentRecord", "StoryRequestLink", "Notification", "AuditEvent", "PublicEvent", "Subscriber",
] as const;

const VERSIONED = ["Membership", "Campaign", "Apology", "FeedbackItem", "Theme", "ImportMapping", "SavedReply", "Lesson", "Commitment", "Evidence", "CustomerStory"] as const;

const columns = [
  ...TENANT_TABLES.map((t) => `(SELECT COUNT(*) FROM "${t}" WHERE "organizationId" = $1) AS "${t}"`),
  ...VERSIONED.map((t) => `(SELECT COALESCE(SUM("version"), 0) FROM "${t}" WHERE "organizationId" = $1) AS "${t}.version"`),
  `(SELECT "version" FROM "Organization" WHERE "id" = $1) AS "Organization.version"`,
];
const SQL = `SELECT ${columns.join(", ")}`;
// PostgreSQL numbers its parameters; SQLite's driver takes one `?` per use.
const SQLITE_SQL = SQL.replaceAll("$1", "?");
const USES = SQL.split("$1").length - 1;

export async function rowCounts(organizationId: string): Promise<string> {
  const rows = databaseProvider === "postgresql"
    ? await db.$queryRawUnsafe<Record<string, unknown>[]>(SQL, organizationId)
    : await db.$queryRawUnsafe<Record<string, unknown>[]>(SQLITE_SQL, ...Array.from({ length: USES }, () => organizationId));
  return JSON.stringify(rows[0], (_k, v) => (typeof v === "bigint" ? Number(v) : v));
}
