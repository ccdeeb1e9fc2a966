-- The country's units (benchmarks/volume.sh, step 1): 330 districts of 10 communes each (3,300
-- communes, the number since July 2025) in the active area set, each district with its people's
-- committee and its police, each commune with its people's committee. Codes are outside the GSO
-- ranges the Hanoi seed uses (districts 600-929, communes 20000-23299), so nothing collides.
\set ON_ERROR_STOP on
begin;
insert into area(set_id, code, name, level, type, parent_code)
select s.id, (600 + d)::text, 'Huyện Khối lượng ' || d, 'district', 'huyện',
       (select code from area a where a.set_id = s.id and a.level = 'city' limit 1)
from area_set s, generate_series(0, 329) d where s.active
on conflict do nothing;
insert into area(set_id, code, name, level, type, parent_code)
select s.id, (20000 + d * 10 + c)::text, 'Xã Khối lượng ' || d || '-' || c, 'commune', 'xã', (600 + d)::text
from area_set s, generate_series(0, 329) d, generate_series(0, 9) c where s.active
on conflict do nothing;
insert into organisation(code, name, kind, home_area_code, email, abbreviation)
select 'UBND-V-' || (600 + d), 'UBND huyện Khối lượng ' || d, 'DISTRICT_COMMITTEE', (600 + d)::text,
       'vanthu' || d || '@volume.gov.vn', 'UBND-V' || d
from generate_series(0, 329) d
union all
select 'CA-V-' || (600 + d), 'Công an huyện Khối lượng ' || d, 'DISTRICT_POLICE', (600 + d)::text,
       'ca' || d || '@volume.gov.vn', 'CA-V' || d
from generate_series(0, 329) d
union all
select 'UBND-X-' || (20000 + d * 10 + c), 'UBND xã Khối lượng ' || d || '-' || c, 'COMMUNE_COMMITTEE',
       (20000 + d * 10 + c)::text, 'xa' || (d * 10 + c) || '@volume.gov.vn', 'UBND-X' || (d * 10 + c)
from generate_series(0, 329) d, generate_series(0, 9) c
on conflict do nothing;

-- Their groups and grants, as IdentityProvisioner makes them (it runs at every start and creates what
-- is missing, one statement at a time: about 70 groups a minute on this machine under load, so an hour
-- for the country; see BENCHMARKS.md). Copied from a provisioned seed unit of the same kind and from
-- the seed's district police groups, with the code replaced; the next start finds them all present.
create temp table unit_template(template text, code text);
insert into unit_template
select 'UBND-P-TRUCBACH', code from organisation where code like 'UBND-X-%'
union all select 'UBND-Q-BADINH', code from organisation where code like 'UBND-V-%'
union all select 'CA-Q-BADINH', code from organisation where code like 'CA-V-%'
union all select '001', (600 + d)::text from generate_series(0, 329) d;
insert into act_id_group(id_, rev_, name_, type_)
select replace(g.id_, t.template, t.code), 1, replace(g.name_, t.template, t.code), g.type_
from unit_template t join act_id_group g on g.id_ like '%-' || t.template
on conflict do nothing;
insert into act_ru_authorization(id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
select md5(random()::text || t.code || a.id_), 1, a.type_, replace(a.group_id_, t.template, t.code), null,
       a.resource_type_, replace(a.resource_id_, t.template, t.code), a.perms_
from unit_template t join act_ru_authorization a on a.group_id_ like '%-' || t.template
on conflict do nothing;
commit;
