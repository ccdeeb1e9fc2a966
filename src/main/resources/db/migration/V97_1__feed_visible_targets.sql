-- The feed (GET /api/feed?area=) read every publication target of a commune's chain of areas over five
-- years (4,410 at national volume) and joined each to its publication to keep the 61 still visible
-- (issue 14, BENCHMARKS.md "Volume: second run"). Each target now carries the end of its publication's
-- visibility (the publication's visible_until, or its withdrawal when earlier; null: no end), kept in
-- step by PublicationRepository on every write that changes it, so the feed reads only the targets still
-- visible through the index below. The publication's own columns stay the rule: this is a filter that
-- never drops a visible publication.
alter table publication_target add column visible_until timestamp with time zone;

update publication_target t set visible_until = (
  select case
           when p.withdrawn_at is null then p.visible_until
           when p.visible_until is null or p.withdrawn_at < p.visible_until then p.withdrawn_at
           else p.visible_until
         end
  from publication p where p.id = t.publication_id);

create index publication_target_area_visible on publication_target(area_code, visible_until);
-- The new index begins with area_code: the old one only cost writes.
drop index publication_target_area;
