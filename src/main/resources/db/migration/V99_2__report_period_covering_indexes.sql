-- The monthly and yearly reports at national volume (issue 14, BENCHMARKS.md "Volume: fourth run"). Two period reads
-- fetched each row of the period from the heap of a wide table (one page a row, rows scattered over five years):
-- the requests first submitted in the period (vneid_round by submitted_at, then round_no tested on the heap) and
-- the requests published in it (publication by source and published_at, then source_id from the heap), once for
-- the period and once for the quota's months. EXPLAIN ANALYZE, November 2026 at national volume: first rounds
-- 1,509 -> 459 ms, publications 1,167 -> 375 ms; both now index-only scans, the rest is the join to vneid_request.
create index vneid_round_first_submitted on vneid_round(round_no, submitted_at, request_id);
create index publication_source_published_id on publication(source, published_at, source_id);
-- Same leading columns as the covering index above: every read it served, the new one serves.
drop index publication_source_published;
