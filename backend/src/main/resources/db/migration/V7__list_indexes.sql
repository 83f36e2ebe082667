-- Lists sort by (key, id) with the id breaking ties in the key's direction, so plain ascending indexes serve
-- both directions by reading backwards (measured with make bench; see docs/performance.md).

-- The QBR list's default sort, newest first, and its "failing" view.
drop index qbr_created_idx;
create index qbr_created_idx on qbr (created_at, id);
create index qbr_failing_created_idx on qbr (created_at, id) where failing;

-- One owner's accounts of a tier, by ARR: read in order, no sort of the owner's whole book.
drop index account_owner_tier_idx;
create index account_owner_tier_idx on account (owner_id, tier, arr, id) where not archived;
