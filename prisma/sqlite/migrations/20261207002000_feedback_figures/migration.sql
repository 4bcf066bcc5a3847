-- Feedback figures that stay fast at 100,000 items per campaign (issue #5 and #9 targets):
--
-- 1. "responseMinutes": minutes from receipt to the first reply, a VIRTUAL generated column (the
--    value lives only in the indexes below; every writer gets it for free), never negative (two
--    systems' clocks can put a reply a moment before its question), as in lib/feedback/sla.ts.
--    Declared in schema.prisma with @ignore: the client never reads or writes it.
-- 2. "Theme"."feedbackCount": how many items carry the theme, kept by triggers on FeedbackTheme,
--    so the top themes are read from 200 rows rather than by counting 100,000 links.
-- 3. "FeedbackDayStat": per campaign and UTC day, the counts every dashboard series is made of,
--    kept by the triggers below on every insert, update and delete of a feedback item (whatever
--    wrote it: Prisma, the raw ingest, the benchmark) and rebuilt for a campaign when its SLA
--    changes. The dashboard reads a few dozen of these rows instead of grouping every item.
--
-- Not expressible in schema.prisma: when generating a later migration with `prisma migrate diff`,
-- drop any statement it proposes against these triggers, the view, the generated column or the
-- expression index.

ALTER TABLE "FeedbackItem" ADD COLUMN "responseMinutes" REAL GENERATED ALWAYS AS (
  CASE WHEN "respondedAt" IS NULL THEN NULL ELSE MAX(0.0, (julianday("respondedAt") - julianday("receivedAt")) * 1440.0) END
) VIRTUAL;

-- First-response figures by channel and by responder (the Listen page): counts and percentiles
-- straight from the index, in order, without reading a row.
CREATE INDEX "FeedbackItem_campaignId_channel_responseMinutes_idx" ON "FeedbackItem"("campaignId", "channel", "responseMinutes");
CREATE INDEX "FeedbackItem_campaignId_responderId_responseMinutes_idx" ON "FeedbackItem"("campaignId", "responderId", "responseMinutes");
-- Weekly percentiles of the dashboard: each day's replies come sorted by response time.
CREATE INDEX "FeedbackItem_campaignId_receivedDay_responseMinutes_idx" ON "FeedbackItem"("campaignId", substr("receivedAt", 1, 10), "responseMinutes");
-- Replies by day now come from FeedbackDayStat.
DROP INDEX "FeedbackItem_campaignId_respondedAt_idx";
-- The theme filter, and the recent links of the top themes (their trend), read the links without
-- touching the table.
DROP INDEX "FeedbackTheme_themeId_idx";
CREATE INDEX "FeedbackTheme_themeId_createdAt_feedbackItemId_idx" ON "FeedbackTheme"("themeId", "createdAt", "feedbackItemId");
-- A commitment's first live evidence (the dashboard's evidence coverage) is the first entry here.
CREATE INDEX "Evidence_commitmentId_retractedAt_createdAt_idx" ON "Evidence"("commitmentId", "retractedAt", "createdAt");

ALTER TABLE "Theme" ADD COLUMN "feedbackCount" INTEGER NOT NULL DEFAULT 0;
UPDATE "Theme" SET "feedbackCount" = (SELECT COUNT(*) FROM "FeedbackTheme" ft WHERE ft."themeId" = "Theme"."id");
CREATE TRIGGER "FeedbackTheme_count_insert" AFTER INSERT ON "FeedbackTheme" BEGIN
  UPDATE "Theme" SET "feedbackCount" = "feedbackCount" + 1 WHERE "id" = NEW."themeId";
END;
CREATE TRIGGER "FeedbackTheme_count_delete" AFTER DELETE ON "FeedbackTheme" BEGIN
  UPDATE "Theme" SET "feedbackCount" = "feedbackCount" - 1 WHERE "id" = OLD."themeId";
END;
CREATE TRIGGER "FeedbackTheme_count_update" AFTER UPDATE OF "themeId" ON "FeedbackTheme" BEGIN
  UPDATE "Theme" SET "feedbackCount" = "feedbackCount" - 1 WHERE "id" = OLD."themeId";
  UPDATE "Theme" SET "feedbackCount" = "feedbackCount" + 1 WHERE "id" = NEW."themeId";
END;

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

    PRIMARY KEY ("campaignId", "day"),
    CONSTRAINT "FeedbackDayStat_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedbackDayStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- One item's share of the counts, under three days: the day it was received (sentiment, and
-- whether it was answered within the SLA), the day of its first reply, and the day its reply fell
-- due (received + SLA) when it was answered late or is still waiting (not closed). The same rules
-- as lib/dashboard/daily-queries.ts and lib/feedback/response-figures.ts, including their
-- tenth-of-a-millisecond slack at the deadline.
-- One item's share of the counts, under three days: the day it was received (sentiment, and
-- whether it was answered within the SLA), the day of its first reply, and the day its reply fell
-- due (received + SLA) when it was answered late or is still waiting (not closed). The same rules
-- as lib/dashboard/daily-queries.ts and lib/feedback/response-figures.ts, including their
-- tenth-of-a-millisecond slack at the deadline. Used to fill the table and to rebuild a campaign's
-- rows; the triggers apply the same rules to one item.
CREATE VIEW "FeedbackDayShare" AS
SELECT f."organizationId", f."campaignId", substr(f."receivedAt", 1, 10) AS "day",
  1 AS "received", (f."sentimentLabel" = 'NEGATIVE') AS "negative", (f."sentimentLabel" = 'POSITIVE') AS "positive",
  (f."respondedAt" IS NOT NULL) AS "answered", IFNULL(f."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0, 0) AS "answeredWithin",
  0 AS "replied", 0 AS "repliedWithin", 0 AS "overdue"
FROM "FeedbackItem" f JOIN "Campaign" c ON c."id" = f."campaignId"
UNION ALL
SELECT f."organizationId", f."campaignId", substr(f."respondedAt", 1, 10), 0, 0, 0, 0, 0,
  1, (f."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0), 0
FROM "FeedbackItem" f JOIN "Campaign" c ON c."id" = f."campaignId"
WHERE f."respondedAt" IS NOT NULL
UNION ALL
SELECT f."organizationId", f."campaignId", date(f."receivedAt", '+' || c."slaMinutes" || ' minutes'), 0, 0, 0, 0, 0, 0, 0, 1
FROM "FeedbackItem" f JOIN "Campaign" c ON c."id" = f."campaignId"
WHERE (f."respondedAt" IS NULL AND f."status" <> 'CLOSED') OR f."responseMinutes" > c."slaMinutes" + 1e-4 / 60.0;

INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin", "replied", "repliedWithin", "overdue")
  SELECT "organizationId", "campaignId", "day", SUM("received"), SUM("negative"), SUM("positive"), SUM("answered"), SUM("answeredWithin"), SUM("replied"), SUM("repliedWithin"), SUM("overdue")
  FROM "FeedbackDayShare" GROUP BY "campaignId", "day";

-- Adding an item's shares upserts; removing one only ever updates rows that exist: while a
-- campaign is being deleted its rows may be gone already, and must not come back.
CREATE TRIGGER "FeedbackItem_day_stat_insert" AFTER INSERT ON "FeedbackItem" BEGIN
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin")
  SELECT NEW."organizationId", NEW."campaignId", substr(NEW."receivedAt", 1, 10), 1, NEW."sentimentLabel" = 'NEGATIVE', NEW."sentimentLabel" = 'POSITIVE',
    NEW."respondedAt" IS NOT NULL, IFNULL(NEW."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0, 0)
  FROM "Campaign" c WHERE c."id" = NEW."campaignId"
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "received" = "received" + 1, "negative" = "negative" + excluded."negative",
    "positive" = "positive" + excluded."positive", "answered" = "answered" + excluded."answered", "answeredWithin" = "answeredWithin" + excluded."answeredWithin";
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "replied", "repliedWithin")
  SELECT NEW."organizationId", NEW."campaignId", substr(NEW."respondedAt", 1, 10), 1, NEW."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0
  FROM "Campaign" c WHERE c."id" = NEW."campaignId" AND NEW."respondedAt" IS NOT NULL
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "replied" = "replied" + 1, "repliedWithin" = "repliedWithin" + excluded."repliedWithin";
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "overdue")
  SELECT NEW."organizationId", NEW."campaignId", date(NEW."receivedAt", '+' || c."slaMinutes" || ' minutes'), 1
  FROM "Campaign" c WHERE c."id" = NEW."campaignId"
    AND ((NEW."respondedAt" IS NULL AND NEW."status" <> 'CLOSED') OR NEW."responseMinutes" > c."slaMinutes" + 1e-4 / 60.0)
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "overdue" = "overdue" + 1;
END;

CREATE TRIGGER "FeedbackItem_day_stat_delete" AFTER DELETE ON "FeedbackItem" BEGIN
  UPDATE "FeedbackDayStat" SET "received" = "received" - 1, "negative" = "negative" - (OLD."sentimentLabel" = 'NEGATIVE'),
    "positive" = "positive" - (OLD."sentimentLabel" = 'POSITIVE'), "answered" = "answered" - (OLD."respondedAt" IS NOT NULL),
    "answeredWithin" = "answeredWithin" - IFNULL(OLD."responseMinutes" <= (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0, 0)
  WHERE "campaignId" = OLD."campaignId" AND "day" = substr(OLD."receivedAt", 1, 10);
  UPDATE "FeedbackDayStat" SET "replied" = "replied" - 1, "repliedWithin" = "repliedWithin" - IFNULL(OLD."responseMinutes" <= (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0, 0)
  WHERE OLD."respondedAt" IS NOT NULL AND "campaignId" = OLD."campaignId" AND "day" = substr(OLD."respondedAt", 1, 10);
  UPDATE "FeedbackDayStat" SET "overdue" = "overdue" - 1
  WHERE "campaignId" = OLD."campaignId" AND "day" = date(OLD."receivedAt", '+' || (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") || ' minutes')
    AND ((OLD."respondedAt" IS NULL AND OLD."status" <> 'CLOSED') OR OLD."responseMinutes" > (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0);
END;

CREATE TRIGGER "FeedbackItem_day_stat_update" AFTER UPDATE OF "receivedAt", "respondedAt", "sentimentLabel", "status", "campaignId" ON "FeedbackItem" BEGIN
  UPDATE "FeedbackDayStat" SET "received" = "received" - 1, "negative" = "negative" - (OLD."sentimentLabel" = 'NEGATIVE'),
    "positive" = "positive" - (OLD."sentimentLabel" = 'POSITIVE'), "answered" = "answered" - (OLD."respondedAt" IS NOT NULL),
    "answeredWithin" = "answeredWithin" - IFNULL(OLD."responseMinutes" <= (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0, 0)
  WHERE "campaignId" = OLD."campaignId" AND "day" = substr(OLD."receivedAt", 1, 10);
  UPDATE "FeedbackDayStat" SET "replied" = "replied" - 1, "repliedWithin" = "repliedWithin" - IFNULL(OLD."responseMinutes" <= (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0, 0)
  WHERE OLD."respondedAt" IS NOT NULL AND "campaignId" = OLD."campaignId" AND "day" = substr(OLD."respondedAt", 1, 10);
  UPDATE "FeedbackDayStat" SET "overdue" = "overdue" - 1
  WHERE "campaignId" = OLD."campaignId" AND "day" = date(OLD."receivedAt", '+' || (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") || ' minutes')
    AND ((OLD."respondedAt" IS NULL AND OLD."status" <> 'CLOSED') OR OLD."responseMinutes" > (SELECT c."slaMinutes" FROM "Campaign" c WHERE c."id" = OLD."campaignId") + 1e-4 / 60.0);
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin")
  SELECT NEW."organizationId", NEW."campaignId", substr(NEW."receivedAt", 1, 10), 1, NEW."sentimentLabel" = 'NEGATIVE', NEW."sentimentLabel" = 'POSITIVE',
    NEW."respondedAt" IS NOT NULL, IFNULL(NEW."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0, 0)
  FROM "Campaign" c WHERE c."id" = NEW."campaignId"
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "received" = "received" + 1, "negative" = "negative" + excluded."negative",
    "positive" = "positive" + excluded."positive", "answered" = "answered" + excluded."answered", "answeredWithin" = "answeredWithin" + excluded."answeredWithin";
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "replied", "repliedWithin")
  SELECT NEW."organizationId", NEW."campaignId", substr(NEW."respondedAt", 1, 10), 1, NEW."responseMinutes" <= c."slaMinutes" + 1e-4 / 60.0
  FROM "Campaign" c WHERE c."id" = NEW."campaignId" AND NEW."respondedAt" IS NOT NULL
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "replied" = "replied" + 1, "repliedWithin" = "repliedWithin" + excluded."repliedWithin";
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "overdue")
  SELECT NEW."organizationId", NEW."campaignId", date(NEW."receivedAt", '+' || c."slaMinutes" || ' minutes'), 1
  FROM "Campaign" c WHERE c."id" = NEW."campaignId"
    AND ((NEW."respondedAt" IS NULL AND NEW."status" <> 'CLOSED') OR NEW."responseMinutes" > c."slaMinutes" + 1e-4 / 60.0)
  ON CONFLICT ("campaignId", "day") DO UPDATE SET "overdue" = "overdue" + 1;
END;

-- A new SLA moves every due day and changes what was on time: rebuild the campaign's rows.
CREATE TRIGGER "Campaign_day_stat_sla" AFTER UPDATE OF "slaMinutes" ON "Campaign" WHEN NEW."slaMinutes" <> OLD."slaMinutes" BEGIN
  DELETE FROM "FeedbackDayStat" WHERE "campaignId" = NEW."id";
  INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin", "replied", "repliedWithin", "overdue")
  SELECT "organizationId", "campaignId", "day", SUM("received"), SUM("negative"), SUM("positive"), SUM("answered"), SUM("answeredWithin"), SUM("replied"), SUM("repliedWithin"), SUM("overdue")
  FROM "FeedbackDayShare" WHERE "campaignId" = NEW."id" GROUP BY "campaignId", "day";
END;
