-- PostgreSQL only. The inbox's full-text search always names a campaign, and usually a channel, a
-- status or a sentiment too. The GIN index of 20261122000200 held the words alone: a search found
-- every organization's matches (27,000 items for "refund" in `npm run bench`, 80% of them in other
-- campaigns or channels) and visited each in the table to throw most away, and the more
-- organizations share the database the worse that gets. A GIN index over the campaign, the three
-- filter columns and the words answers any combination of them inside the index (GIN uses any
-- subset of its columns); btree_gin supplies GIN operator classes for the text and enum columns.
-- btree_gin ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: the
-- database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS btree_gin;
-- Built without CONCURRENTLY (migrations run in a transaction): writes to "FeedbackItem" wait while
-- the index builds, about a second per 100,000 items on the bench machine.
DROP INDEX "FeedbackItem_searchVector_idx";
CREATE INDEX "FeedbackItem_campaign_search_idx" ON "FeedbackItem" USING GIN ("campaignId", "channel", "status", "sentimentLabel", "searchVector");
