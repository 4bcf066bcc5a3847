-- Full-text search over feedback: a generated tsvector over text and author with a GIN index.
-- Not in schema.prisma (it is PostgreSQL-only): when generating a migration with
-- `prisma migrate diff`, drop any statement it proposes against "searchVector".
ALTER TABLE "FeedbackItem" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("text", '') || ' ' || coalesce("authorName", ''))) STORED;

CREATE INDEX "FeedbackItem_searchVector_idx" ON "FeedbackItem" USING GIN ("searchVector");
