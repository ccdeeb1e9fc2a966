-- The cadence section of every report and of the dashboard (CadenceService.report, issue 14 "Volume: fourth run"):
-- the last SENT notice of each of the country's 3,990 organisations. With ihanoi_notice_org_sent each probe read
-- the organisation's unsent notices first (null sent_at sorts first going backwards) and the heap to test the
-- status: 7,639 probes of 0.4 ms, 3.1 s in EXPLAIN ANALYZE at national volume. Keyed by the status too and in the
-- order the query asks (sent_at desc, id desc), a probe is the first entry of a backward index-only scan: 0.3-0.5 s.
create index ihanoi_notice_org_status_sent on ihanoi_notice(organisation_code, status, sent_at, id);
