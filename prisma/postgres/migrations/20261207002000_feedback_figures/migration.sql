-- Feedback figures that stay fast at 100,000 items per campaign (see the SQLite migration of the
-- same name for the why):
--
-- 1. "responseMinutes": minutes from receipt to the first reply, a STORED generated column, never
--    negative (two systems' clocks can put a reply a moment before its question), as in
--    lib/feedback/sla.ts. In schema.prisma with @ignore.
-- 2. "Theme"."feedbackCount": how many items carry the theme, kept by statement-level triggers on
--    FeedbackTheme.
-- 3. "FeedbackDayStat": per campaign and UTC day, the counts the dashboard series are made of,
--    kept by statement-level triggers (one grouped upsert per statement, so a 100,000-row import
--    costs one statement, not 100,000) and rebuilt for a campaign when its SLA changes.
--
-- Not expressible in schema.prisma: when generating a later migration with `prisma migrate diff`,
-- drop any statement it proposes against these triggers, functions, the generated column or the
-- expression index.

ALTER TABLE "FeedbackItem" ADD COLUMN "responseMinutes" DOUBLE PRECISION GENERATED ALWAYS AS (
  CASE WHEN "respondedAt" IS NULL THEN NULL ELSE GREATEST(0.0, EXTRACT(EPOCH FROM ("respondedAt" - "receivedAt")) / 60.0) END
) STORED;

CREATE INDEX "FeedbackItem_campaignId_channel_responseMinutes_idx" ON "FeedbackItem"("campaignId", "channel", "responseMinutes");
CREATE INDEX "FeedbackItem_campaignId_responderId_responseMinutes_idx" ON "FeedbackItem"("campaignId", "responderId", "responseMinutes");
CREATE INDEX "FeedbackItem_campaignId_receivedDay_responseMinutes_idx" ON "FeedbackItem"("campaignId", CAST("receivedAt" AS date), "responseMinutes");
DROP INDEX "FeedbackItem_campaignId_respondedAt_idx";
DROP INDEX "FeedbackTheme_themeId_idx";
CREATE INDEX "FeedbackTheme_themeId_createdAt_feedbackItemId_idx" ON "FeedbackTheme"("themeId", "createdAt", "feedbackItemId");
CREATE INDEX "Evidence_commitmentId_retractedAt_createdAt_idx" ON "Evidence"("commitmentId", "retractedAt", "createdAt");

ALTER TABLE "Theme" ADD COLUMN "feedbackCount" INTEGER NOT NULL DEFAULT 0;
UPDATE "Theme" t SET "feedbackCount" = (SELECT COUNT(*) FROM "FeedbackTheme" ft WHERE ft."themeId" = t."id");

-- Adds each theme's links in `added` and takes away those in `removed` (themes being deleted are
-- simply not found).
CREATE FUNCTION "theme_count_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Theme" t SET "feedbackCount" = t."feedbackCount" + d.n
    FROM (SELECT n."themeId", COUNT(*) AS n FROM new_rows n GROUP BY n."themeId") d WHERE t."id" = d."themeId";
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Theme" t SET "feedbackCount" = t."feedbackCount" - d.n
    FROM (SELECT o."themeId", COUNT(*) AS n FROM old_rows o GROUP BY o."themeId") d WHERE t."id" = d."themeId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "FeedbackTheme_count_insert" AFTER INSERT ON "FeedbackTheme"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "theme_count_trigger"();
CREATE TRIGGER "FeedbackTheme_count_update" AFTER UPDATE ON "FeedbackTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "theme_count_trigger"();
CREATE TRIGGER "FeedbackTheme_count_delete" AFTER DELETE ON "FeedbackTheme"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "theme_count_trigger"();

CREATE TABLE "FeedbackDayStat" (
    "organizationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "answeredWithin" INTEGER NOT NULL DEFAULT 0,
    "replied" INTEGER NOT NULL DEFAULT 0,
    "repliedWithin" INTEGER NOT NULL DEFAULT 0,
    "overdue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeedbackDayStat_pkey" PRIMARY KEY ("campaignId", "day")
);

ALTER TABLE "FeedbackDayStat" ADD CONSTRAINT "FeedbackDayStat_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FeedbackDayStat" ADD CONSTRAINT "FeedbackDayStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The columns of an item that its counts depend on.
CREATE TYPE "feedback_day_item" AS ("organizationId" text, "campaignId" text, "receivedAt" timestamp(3), "respondedAt" timestamp(3),
  "sentimentLabel" text, "status" text, "responseMinutes" double precision);

-- Items' shares of the counts, under three days: the day received (sentiment, and whether it was
-- answered within the SLA), the day of the first reply, and the day the reply fell due (received
-- + SLA) when it was answered late or is still waiting (not closed). The same rules as
-- lib/dashboard/daily-queries.ts and lib/feedback/response-figures.ts, including their
-- tenth-of-a-millisecond slack at the deadline. "sign" is 1, or -1 for items taken away. Items of
-- a campaign that no longer exists (being deleted) have no share.
CREATE FUNCTION "feedback_day_shares"(items "feedback_day_item"[], sign integer)
RETURNS TABLE ("organizationId" text, "campaignId" text, "day" text, "received" integer, "negative" integer, "positive" integer,
  "answered" integer, "answeredWithin" integer, "replied" integer, "repliedWithin" integer, "overdue" integer)
LANGUAGE sql STABLE AS $$
  WITH f AS (
    SELECT i.*, c."slaMinutes" AS "slaMinutes", c."slaMinutes" + 1e-4 / 60.0 AS "deadline"
    FROM unnest(items) i JOIN "Campaign" c ON c."id" = i."campaignId"
  )
  SELECT f."organizationId", f."campaignId", to_char(f."receivedAt", 'YYYY-MM-DD'),
    sign, sign * (f."sentimentLabel" = 'NEGATIVE')::int, sign * (f."sentimentLabel" = 'POSITIVE')::int,
    sign * (f."respondedAt" IS NOT NULL)::int, sign * COALESCE(f."responseMinutes" <= f."deadline", false)::int, 0, 0, 0
  FROM f
  UNION ALL
  SELECT f."organizationId", f."campaignId", to_char(f."respondedAt", 'YYYY-MM-DD'), 0, 0, 0, 0, 0,
    sign, sign * (f."responseMinutes" <= f."deadline")::int, 0
  FROM f WHERE f."respondedAt" IS NOT NULL
  UNION ALL
  SELECT f."organizationId", f."campaignId", to_char(f."receivedAt" + f."slaMinutes" * interval '1 minute', 'YYYY-MM-DD'),
    0, 0, 0, 0, 0, 0, 0, sign
  FROM f WHERE (f."respondedAt" IS NULL AND f."status" <> 'CLOSED') OR f."responseMinutes" > f."deadline"
$$;

-- Adds the items' shares and takes the removed ones' away: one upsert per (campaign, day),
-- skipping what nets to nothing (an update that changed none of the counted columns).
CREATE FUNCTION "feedback_day_stat_apply"(added "feedback_day_item"[], removed "feedback_day_item"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "FeedbackDayStat" AS t ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin", "replied", "repliedWithin", "overdue")
  SELECT s."organizationId", s."campaignId", s."day", SUM(s."received"), SUM(s."negative"), SUM(s."positive"), SUM(s."answered"),
    SUM(s."answeredWithin"), SUM(s."replied"), SUM(s."repliedWithin"), SUM(s."overdue")
  FROM (SELECT * FROM "feedback_day_shares"(added, 1) UNION ALL SELECT * FROM "feedback_day_shares"(removed, -1)) s
  GROUP BY s."organizationId", s."campaignId", s."day"
  HAVING SUM(s."received") <> 0 OR SUM(s."negative") <> 0 OR SUM(s."positive") <> 0 OR SUM(s."answered") <> 0
    OR SUM(s."answeredWithin") <> 0 OR SUM(s."replied") <> 0 OR SUM(s."repliedWithin") <> 0 OR SUM(s."overdue") <> 0
  ON CONFLICT ("campaignId", "day") DO UPDATE SET
    "received" = t."received" + excluded."received", "negative" = t."negative" + excluded."negative", "positive" = t."positive" + excluded."positive",
    "answered" = t."answered" + excluded."answered", "answeredWithin" = t."answeredWithin" + excluded."answeredWithin",
    "replied" = t."replied" + excluded."replied", "repliedWithin" = t."repliedWithin" + excluded."repliedWithin", "overdue" = t."overdue" + excluded."overdue"
$$;

CREATE FUNCTION "feedback_day_item_of"(f "FeedbackItem") RETURNS "feedback_day_item" LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(f."organizationId", f."campaignId", f."receivedAt", f."respondedAt", f."sentimentLabel"::text, f."status"::text, f."responseMinutes")::"feedback_day_item"
$$;

SELECT "feedback_day_stat_apply"(ARRAY(SELECT "feedback_day_item_of"(f) FROM "FeedbackItem" f), '{}');

CREATE FUNCTION "feedback_day_stat_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added "feedback_day_item"[] := '{}';
  removed "feedback_day_item"[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN added := ARRAY(SELECT "feedback_day_item_of"(n) FROM new_rows n); END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN removed := ARRAY(SELECT "feedback_day_item_of"(o) FROM old_rows o); END IF;
  PERFORM "feedback_day_stat_apply"(added, removed);
  RETURN NULL;
END $$;

CREATE TRIGGER "FeedbackItem_day_stat_insert" AFTER INSERT ON "FeedbackItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_day_stat_trigger"();
CREATE TRIGGER "FeedbackItem_day_stat_update" AFTER UPDATE ON "FeedbackItem"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_day_stat_trigger"();
CREATE TRIGGER "FeedbackItem_day_stat_delete" AFTER DELETE ON "FeedbackItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_day_stat_trigger"();

-- A new SLA moves every due day and changes what was on time: rebuild the campaign's rows.
CREATE FUNCTION "campaign_day_stat_sla_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "FeedbackDayStat" WHERE "campaignId" = NEW."id";
  PERFORM "feedback_day_stat_apply"(ARRAY(SELECT "feedback_day_item_of"(f) FROM "FeedbackItem" f WHERE f."campaignId" = NEW."id"), '{}');
  RETURN NULL;
END $$;

CREATE TRIGGER "Campaign_day_stat_sla" AFTER UPDATE OF "slaMinutes" ON "Campaign"
  FOR EACH ROW WHEN (OLD."slaMinutes" IS DISTINCT FROM NEW."slaMinutes") EXECUTE FUNCTION "campaign_day_stat_sla_trigger"();
