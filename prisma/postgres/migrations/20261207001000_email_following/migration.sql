-- Following a public page by email (issue #8, item 5): double opt-in subscribers, an outbox of
-- follower mail (FollowerMail), and PublicEvent.followersQueuedAt, which drainers claim to queue
-- each event once. Generated with `prisma migrate diff --from-schema-datamodel <previous schema>
-- --to-schema-datamodel prisma/<provider>/schema.prisma --script`; the last statement is added by hand.
-- Subscriber was unused until now: its per-subscriber unsubscribe token gives way to one token per
-- message (FollowerMail.unsubscribeTokenHash), the confirmation token gains an expiry, and the
-- address may be null (erased on unsubscribe).

-- CreateEnum
CREATE TYPE "FollowerMailKind" AS ENUM ('CONFIRMATION', 'EVENT');

-- CreateEnum
CREATE TYPE "FollowerMailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED');

-- DropIndex
DROP INDEX "Subscriber_unsubscribeTokenHash_key";

-- AlterTable
ALTER TABLE "PublicEvent" ADD COLUMN     "followersQueuedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Subscriber" DROP COLUMN "unsubscribeTokenHash",
ADD COLUMN     "confirmTokenExpiresAt" TIMESTAMP(3),
ALTER COLUMN "email" DROP NOT NULL,
ALTER COLUMN "confirmTokenHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "FollowerMail" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "kind" "FollowerMailKind" NOT NULL,
    "eventId" TEXT,
    "status" "FollowerMailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimToken" TEXT,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "unsubscribeTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowerMail_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "FollowerMail" ADD CONSTRAINT "FollowerMail_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerMail" ADD CONSTRAINT "FollowerMail_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerMail" ADD CONSTRAINT "FollowerMail_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowerMail" ADD CONSTRAINT "FollowerMail_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PublicEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Events from before this migration were never meant for email: mark them queued, so the first
-- drainer does not mail the whole history to the first followers.
UPDATE "PublicEvent" SET "followersQueuedAt" = "createdAt";
