-- Rows of an import waiting for its all-or-nothing save (see ImportStagedRow in schema.prisma).
-- CreateTable
CREATE TABLE "ImportStagedRow" (
    "importJobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "channel" "FeedbackChannel" NOT NULL,
    "externalId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "authorName" TEXT,
    "authorHandle" TEXT,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "sentimentScore" DOUBLE PRECISION NOT NULL,
    "sentimentLabel" "SentimentLabel" NOT NULL,
    "isSuggestion" BOOLEAN NOT NULL,

    CONSTRAINT "ImportStagedRow_pkey" PRIMARY KEY ("importJobId","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportStagedRow_importJobId_dedupeKey_key" ON "ImportStagedRow"("importJobId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "ImportStagedRow" ADD CONSTRAINT "ImportStagedRow_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportStagedRow" ADD CONSTRAINT "ImportStagedRow_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

