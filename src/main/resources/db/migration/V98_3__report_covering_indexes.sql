-- The monthly and yearly reports (issue 14, BENCHMARKS.md "Volume: third run"): the rounds and decisions of
-- the requests decided in the period were read from the wide rows' heap (a sequential scan of every round,
-- 1.6 s for a month at national volume; the period's decisions by bitmap heap scan). With these two the
-- reads are index-only (EXPLAIN ANALYZE on PostgreSQL, month: rounds 1,634 -> 629 ms, decisions of the
-- decided requests 945 -> 675 ms). The new decisions index serves every range on decided_at: the old one goes.
create index vneid_round_request_submitted on vneid_round(request_id, submitted_at);
create index vneid_decision_decided_request on vneid_decision(decided_at, request_id);
drop index vneid_decision_decided_at;
