-- The feed's target scan (issue 14, BENCHMARKS.md "Volume: second run"): "visible_until is null or
-- visible_until > now" made PostgreSQL read every target of the chain's areas for the "is null" arm (a
-- BitmapOr) and recheck them on the heap. "No end" is now a far-future instant, so the condition is one
-- range on the index (area_code, visible_until). The publication's own visible_until keeps null for no
-- end: this column is only the feed's filter. Writers that do not name it get the far future.
update publication_target set visible_until = timestamp with time zone '9999-12-31 00:00:00+00'
where visible_until is null;
alter table publication_target alter column visible_until set default timestamp with time zone '9999-12-31 00:00:00+00';
alter table publication_target alter column visible_until set not null;
