-- Following a public page by email (issue #8, item 5): double opt-in subscribers, an outbox of
-- follower mail (FollowerMail), and PublicEvent.followersQueuedAt, which drainers claim to queue
-- each event once. Generated with `prisma migrate diff --from-schema-datamodel <previous schema>
-- --to-schema-datamodel prisma/<provider>/schema.prisma --script`; the last statement is added by hand.
-- Subscriber was unused until now: its per-subscriber unsubscribe token gives way to one token per
-- message (FollowerMail.unsubscribeTokenHash), the confirmation token gains an expiry, and the
-- address may be null (erased on unsubscribe).

-- AlterTable
ALTER TABLE "PublicEvent" ADD COLUMN "followersQueuedAt" DATETIME;

-- CreateTable
CREATE TABLE "FollowerMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "eventId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimToken" TEXT,
    "claimedAt" DATETIME,
    "sentAt" DATETIME,
    "lastError" TEXT,
    "unsubscribeTokenHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowerMail_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowerMail_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowerMail_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowerMail_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PublicEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "email" TEXT,
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" DATETIME,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Subscriber_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Subscriber_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscriber" ("campaignId", "confirmTokenHash", "confirmedAt", "createdAt", "email", "id", "organizationId", "unsubscribedAt") SELECT "campaignId", "confirmTokenHash", "confirmedAt", "createdAt", "email", "id", "organizationId", "unsubscribedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");
CREATE UNIQUE INDEX "Subscriber_campaignId_email_key" ON "Subscriber"("campaignId", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FollowerMail_unsubscribeTokenHash_key" ON "FollowerMail"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "FollowerMail_status_nextAttemptAt_idx" ON "FollowerMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "FollowerMail_claimToken_idx" ON "FollowerMail"("claimToken");

-- CreateIndex
CREATE INDEX "FollowerMail_organizationId_campaignId_idx" ON "FollowerMail"("organizationId", "campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowerMail_subscriberId_eventId_key" ON "FollowerMail"("subscriberId", "eventId");

-- CreateIndex
CREATE INDEX "PublicEvent_followersQueuedAt_createdAt_idx" ON "PublicEvent"("followersQueuedAt", "createdAt");

-- Events from before this migration were never meant for email: mark them queued, so the first
-- drainer does not mail the whole history to the first followers.
UPDATE "PublicEvent" SET "followersQueuedAt" = "createdAt";
