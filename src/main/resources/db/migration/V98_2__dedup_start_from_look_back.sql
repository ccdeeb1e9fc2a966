-- The duplicate index's start-up load (issue 14, BENCHMARKS.md "Volume: second run"): its first page walked
-- 1.87 M index events from the oldest, each joined to its notice, to reach the 30-day look-back. It now
-- starts at the first event of a notice sent, approved or created in the look-back
-- (IhanoiNoticeRepository.firstIndexEventSeqSince): these indexes find those notices and their events.
create index ihanoi_notice_sent_at on ihanoi_notice(sent_at);
create index ihanoi_notice_approved_at on ihanoi_notice(approved_at);
create index ihanoi_notice_created_at on ihanoi_notice(created_at);
create index ihanoi_index_event_notice on ihanoi_index_event(notice_id, seq);
