-- Full-text search over feedback: an FTS5 index over FeedbackItem's text and author, kept in sync
-- by triggers. Not in schema.prisma (Prisma has no FTS5 type): when generating a migration with
-- `prisma migrate diff`, drop any statements it proposes against "FeedbackItemFts".
CREATE VIRTUAL TABLE "FeedbackItemFts" USING fts5(
  "text", "authorName",
  content='FeedbackItem', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO "FeedbackItemFts"(rowid, "text", "authorName") SELECT rowid, "text", "authorName" FROM "FeedbackItem";

CREATE TRIGGER "FeedbackItem_fts_insert" AFTER INSERT ON "FeedbackItem" BEGIN
  INSERT INTO "FeedbackItemFts"(rowid, "text", "authorName") VALUES (new.rowid, new."text", new."authorName");
END;

CREATE TRIGGER "FeedbackItem_fts_delete" AFTER DELETE ON "FeedbackItem" BEGIN
  INSERT INTO "FeedbackItemFts"("FeedbackItemFts", rowid, "text", "authorName") VALUES ('delete', old.rowid, old."text", old."authorName");
END;

CREATE TRIGGER "FeedbackItem_fts_update" AFTER UPDATE OF "text", "authorName" ON "FeedbackItem" BEGIN
  INSERT INTO "FeedbackItemFts"("FeedbackItemFts", rowid, "text", "authorName") VALUES ('delete', old.rowid, old."text", old."authorName");
  INSERT INTO "FeedbackItemFts"(rowid, "text", "authorName") VALUES (new.rowid, new."text", new."authorName");
END;
