-- Issue 14 (reads at national volume): the reports and the dashboard read the decisions, first rounds,
-- publications and duplicate findings of a period (ReportService, QuotaRepository.publishedByUnit).
-- Without these, each is a scan of five years of rows (1,000,000 decisions, 1,400,000 publications) to
-- keep one month's; with them, a month reads its own rows (BENCHMARKS.md, "Volume: second run").
create index vneid_decision_decided_at on vneid_decision(decided_at);
create index vneid_round_submitted_at on vneid_round(submitted_at);
create index publication_source_published on publication(source, published_at);
create index ihanoi_finding_found_at on ihanoi_duplicate_finding(found_at);
