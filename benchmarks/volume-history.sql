-- Five years of a national deployment in the product's tables (benchmarks/volume.sh, step 3), after
-- the open requests were submitted through the product (step 2). Every VNeID history row copies its
-- unit's open request as the product wrote it (routing groups and names, round texts, image, targets,
-- pre-check summary), so the values are the product's own; what varies is the time (denser towards
-- now: 5 years x (1 - sqrt(u))), the outcome and the number of rounds. Variables: :vneid, :ihanoi.
\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '256MB';

-- One open request the product wrote is the template of every round's content; each commune committee
-- gets its own routing as the routing table gives it (its district's police appraises, the district
-- police chief approves) and its home area as the target.
create temp table tpl as
select r.scope, r.area_set_id, r.submitted_by, o.title, o.summary, o.body_html, o.category, o.age_min, o.age_max,
       o.gender, o.letter_number, o.featured_image_id, o.pre_check_summary
from vneid_request r join vneid_round o on o.request_id = r.id and o.round_no = 1
order by r.id limit 1;
create temp table model as
select row_number() over (order by u.code) - 1 as k, u.code as unit_code, t.scope, t.area_set_id,
       'police-appraisal-' || d.code as appraiser_group, 'police-chief-' || d.code as approver_group,
       'Công an ' || d.name as appraiser_name, 'TRƯỞNG CÔNG AN ' || upper(d.name) as approver_title,
       t.submitted_by, u.name || ': ' || t.title as title, t.summary, t.body_html, t.category,
       u.home_area_code as target_area_codes, t.age_min, t.age_max, t.gender, t.letter_number,
       t.featured_image_id, t.pre_check_summary
from organisation u
join area_set s on s.active
join area c on c.set_id = s.id and c.code = u.home_area_code
join area d on d.set_id = s.id and d.code = c.parent_code and d.level = 'district'
cross join tpl t
where u.kind = 'COMMUNE_COMMITTEE';
select count(*) as model_units from model \gset

-- VNeID requests: ids 1..:vneid in time order (the open ones were numbered above them).
create temp table vr as
select g as id, (g::bigint * 7919) % :model_units as k,
       now() - interval '3 days' - interval '5 years' * (1 - sqrt(random())) as created_at,
       random() as fate, random() < 0.12 as returned
from generate_series(1, :vneid) g;
create temp table vr_sorted as
select row_number() over (order by created_at) as id, k, created_at, fate, returned from vr;
drop table vr;

insert into vneid_request(id, unit_code, status, scope, area_set_id, appraiser_group, approver_group, current_round,
  process_instance_id, submitted_by, created_at, updated_at, appraiser_name, approver_title)
select v.id, m.unit_code,
       case when v.fate < 0.04 then 'WITHDRAWN' when v.fate < 0.09 then 'REJECTED' when v.fate < 0.12 then 'LAPSED'
            when v.created_at > now() - interval '12 days' then 'PUBLISHED' else 'EXPIRED' end,
       m.scope, m.area_set_id, m.appraiser_group, m.approver_group, case when v.returned then 2 else 1 end,
       null, m.submitted_by, v.created_at, v.created_at + interval '12 days', m.appraiser_name, m.approver_title
from vr_sorted v join model m on m.k = v.k;

insert into vneid_round(request_id, round_no, title, summary, body_html, category, scope, target_area_codes, age_min,
  age_max, gender, publish_from, publish_until, justification, reviewer_notes, letter_number, letter_date,
  featured_image_id, pre_check_summary, classified_marking, revision_note, submitted_by, submitted_at)
select v.id, n.round_no, m.title || ' #' || v.id, m.summary, m.body_html, m.category, m.scope, m.target_area_codes,
       m.age_min, m.age_max, m.gender, v.created_at + interval '2 days', v.created_at + interval '9 days', null, null,
       m.letter_number, (v.created_at - interval '1 day')::date, m.featured_image_id, m.pre_check_summary, false,
       case when n.round_no = 2 then 'Đã chỉnh sửa theo ý kiến thẩm định' end, m.submitted_by,
       v.created_at + (n.round_no - 1) * interval '1 day'
from vr_sorted v join model m on m.k = v.k
join lateral (select 1 as round_no union all select 2 where v.returned) n on true;

-- Decisions as the process records them: appraisal PASS/RETURN, approval APPROVE/REJECT.
insert into vneid_decision(request_id, round_no, step, outcome, reasons, classified_override, decided_by, decided_at)
select v.id, 1, 'Task_Appraise', 'RETURN', 'Nội dung chưa nêu rõ thời gian, địa điểm', false, 'ca.' || m.unit_code,
       v.created_at + interval '20 hours'
from vr_sorted v join model m on m.k = v.k where v.returned
union all
select v.id, case when v.returned then 2 else 1 end, 'Task_Appraise', 'PASS', null, false, 'ca.' || m.unit_code,
       v.created_at + interval '1 day 4 hours'
from vr_sorted v join model m on m.k = v.k where v.fate >= 0.04 or v.fate < 0.02
union all
select v.id, case when v.returned then 2 else 1 end, 'Task_Approve',
       case when v.fate >= 0.04 and v.fate < 0.09 then 'REJECT' else 'APPROVE' end,
       case when v.fate >= 0.04 and v.fate < 0.09 then 'Không phù hợp với định hướng tuyên truyền' end, false,
       'lanhdao.' || m.unit_code, v.created_at + interval '1 day 8 hours'
from vr_sorted v join model m on m.k = v.k where v.fate >= 0.04;

-- Official letters for every return and rejection (NoticeService numbers them per year).
insert into vneid_notice(request_id, round_no, kind, notice_year, seq_in_year, number, issuer_name, signer_title,
  addressee, reasons, issued_at)
select v.id, 1, 'RETURN', extract(year from v.created_at)::int, v.id::int, v.id || '/CAQ-VOL-TL',
       coalesce(m.appraiser_name, 'Công an'), 'Trưởng Công an', m.unit_code, 'Nội dung chưa nêu rõ thời gian, địa điểm',
       v.created_at + interval '20 hours'
from vr_sorted v join model m on m.k = v.k where v.returned
union all
select v.id, case when v.returned then 2 else 1 end, 'REJECT', extract(year from v.created_at)::int, v.id::int,
       v.id || '/CAQ-VOL-KD', coalesce(m.approver_title, m.appraiser_name, 'Công an'), 'Giám đốc', m.unit_code,
       'Không phù hợp với định hướng tuyên truyền', v.created_at + interval '1 day 8 hours'
from vr_sorted v join model m on m.k = v.k where v.fate >= 0.04 and v.fate < 0.09;

-- Published articles (and the lapsed ones: approved but past their window) with their target areas.
insert into publication(idempotency_key, source, source_id, title, summary, body_html, image_file_id, scope, age_min,
  age_max, gender, published_at, visible_until)
select 'vneid-' || r.request_id || '-r' || r.round_no, 'VNEID', r.request_id, r.title, r.summary, r.body_html,
       r.featured_image_id, r.scope, r.age_min, r.age_max, r.gender, r.publish_from, r.publish_until
from vneid_round r join vneid_request q on q.id = r.request_id and q.current_round = r.round_no
where q.id <= :vneid and q.status in ('PUBLISHED', 'EXPIRED');
insert into publication_target(publication_id, area_code, visible_until)
select p.id, t.code, coalesce(p.visible_until, timestamp with time zone '9999-12-31 00:00:00+00')
from publication p join vneid_round r on p.source = 'VNEID' and r.request_id = p.source_id
  and p.idempotency_key = 'vneid-' || r.request_id || '-r' || r.round_no
cross join lateral unnest(string_to_array(r.target_area_codes, ',')) t(code);

-- iHanoi notices: the issuing bodies (communes, districts, departments) at their level and home area.
create temp table issuers as
select row_number() over (order by code) - 1 as k, code, home_area_code,
       case kind when 'COMMUNE_COMMITTEE' then 'COMMUNE' when 'DISTRICT_COMMITTEE' then 'DISTRICT' else 'CITY' end as level
from organisation where kind in ('COMMUNE_COMMITTEE', 'DISTRICT_COMMITTEE', 'CITY_DEPARTMENT');
select count(*) as issuer_count from issuers \gset
create temp table topics as
select row_number() over () - 1 as k, t from unnest(array['SOCIAL_WELFARE', 'TRAFFIC', 'HEALTH', 'EDUCATION',
  'PUBLIC_ORDER', 'CULTURE', 'OTHER']) t;

insert into ihanoi_notice(organisation_code, level, area_code, title, body_html, body_text, topic, urgency, valid_until,
  status, approved_at, sent_at, process_instance_id, created_by, created_at)
select i.code, i.level, i.home_area_code,
       'Thông báo ' || tp.t || ' số ' || g || ' của ' || i.code,
       '<p>Thông báo số ' || g || ': ' || i.code || ' thông báo tới nhân dân về ' || lower(tp.t)
         || ' từ ngày ' || to_char(c.created_at, 'DD/MM/YYYY') || '. Đề nghị các hộ gia đình, tổ dân phố phối hợp thực hiện;'
         || ' mọi thắc mắc liên hệ bộ phận một cửa trong giờ hành chính, mã tra cứu ' || md5(g::text) || '.</p>',
       'Thông báo số ' || g || ': ' || i.code || ' thông báo tới nhân dân về ' || lower(tp.t)
         || ' từ ngày ' || to_char(c.created_at, 'DD/MM/YYYY') || '. Đề nghị các hộ gia đình, tổ dân phố phối hợp thực hiện;'
         || ' mọi thắc mắc liên hệ bộ phận một cửa trong giờ hành chính, mã tra cứu ' || md5(g::text) || '.',
       tp.t, case when g % 20 = 0 then 'URGENT' else 'NORMAL' end, c.created_at + interval '30 days',
       case when c.fate < 0.03 then 'WITHDRAWN' when c.fate < 0.05 then 'STOPPED_DUPLICATE' else 'SENT' end,
       case when c.fate >= 0.03 then c.created_at + interval '5 hours' end,
       case when c.fate >= 0.05 then c.created_at + interval '6 hours' end,
       null, 'bientap.' || i.code, c.created_at
from generate_series(1, :ihanoi) g
-- The lateral subquery names g so that it is evaluated per notice: uncorrelated, PostgreSQL evaluates it
-- once, and every notice got the same time and fate (the first runs' million notices of one instant).
cross join lateral (select g as n, now() - interval '3 days' - interval '5 years' * (1 - sqrt(random())) as created_at,
                           random() as fate) c
join issuers i on i.k = (g::bigint * 104729) % :issuer_count
join topics tp on tp.k = g % 7
order by c.created_at;

insert into ihanoi_decision(notice_id, step, outcome, reasons, decided_by, decided_at)
select id, 'Task_EditNotice', 'SUBMITTED', null, created_by, created_at + interval '2 hours' from ihanoi_notice
where status <> 'DRAFT'
union all
select id, 'Task_ApproveNotice', 'APPROVE', null, 'lanhdao.' || organisation_code, approved_at from ihanoi_notice
where approved_at is not null;

-- The duplicate index's log: the product logs a notice when it is approved and when it is sent.
insert into ihanoi_index_event(notice_id)
select id from (select id, approved_at as at from ihanoi_notice where approved_at is not null
                union all select id, sent_at from ihanoi_notice where sent_at is not null) e order by at, id;

insert into publication(idempotency_key, source, source_id, title, summary, body_html, image_file_id, scope, age_min,
  age_max, gender, published_at, visible_until)
select 'ihanoi-' || id, 'IHANOI', id, title, left(body_text, 300), body_html, null, level, 0, 120, 'ALL', sent_at,
       valid_until
from ihanoi_notice where status = 'SENT';
insert into publication_target(publication_id, area_code, visible_until)
select p.id, n.area_code, coalesce(p.visible_until, timestamp with time zone '9999-12-31 00:00:00+00') from publication p join ihanoi_notice n on p.source = 'IHANOI' and n.id = p.source_id;

-- Identity columns restart above the rows written here.
select setval(pg_get_serial_sequence('vneid_request', 'id'), greatest((select max(id) from vneid_request), 1));
analyze;
