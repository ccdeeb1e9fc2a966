-- The engine's history as production cleanup leaves it (benchmarks/volume.sh, step 4): the last
-- :days days of VNeID requests get ACT_HI_* rows copied from one open request's own history (the
-- rows the engine wrote for its submission, routing and Task_Appraise), one copy per request, with
-- every id made unique (md5 of the id and the copy's number, so references between the
-- tables still meet), the business key set to that request, every time shifted to its submission
-- and the instance marked completed. Older history is absent, as history cleanup removes it.
\set ON_ERROR_STOP on
set synchronous_commit = off;
create temp table tpl as
select r.process_instance_id as pid, r.created_at as at from vneid_request r
where r.process_instance_id is not null order by r.id limit 1;
create temp table targets as
select row_number() over (order by id) as n, id, created_at from vneid_request
where process_instance_id is null and created_at > now() - (:'days' || ' days')::interval;
select count(*) as history_requests from targets \gset

do $$
declare
  t record;
  cols text;
  sel text;
  tpl_pid text := (select pid from tpl);
begin
  for t in select table_name from information_schema.columns
           where table_schema = current_schema() and table_name like 'act_hi_%' and column_name = 'proc_inst_id_'
  loop
    select string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position),
           string_agg(
             case
               when c.column_name = 'business_key_' then '''vneid-'' || g.id'
               when c.column_name = 'end_time_' and t.table_name = 'act_hi_procinst'
                 then 's.start_time_ + (g.created_at - tp.at) + interval ''1 day 9 hours'''
               when c.column_name = 'state_' and t.table_name = 'act_hi_procinst' then '''COMPLETED'''
               when c.column_name = 'removal_time_' then 'null'
               when c.data_type in ('character varying', 'text') and (c.column_name like '%id\_' escape '\')
                    and c.column_name not in ('proc_def_id_', 'proc_def_key_', 'tenant_id_', 'case_def_id_',
                      'user_id_', 'group_id_', 'act_id_', 'task_def_key_', 'var_type_', 'assignee_', 'owner_',
                      'bytearray_id_', 'start_user_id_', 'deployment_id_', 'job_def_id_')
                 then 'md5(s.' || quote_ident(c.column_name) || ' || ''-v'' || g.n)'
               when c.data_type like 'timestamp%' then 's.' || quote_ident(c.column_name) || ' + (g.created_at - tp.at)'
               else 's.' || quote_ident(c.column_name)
             end, ', ' order by c.ordinal_position)
      into cols, sel
      from information_schema.columns c
      where c.table_schema = current_schema() and c.table_name = t.table_name;
    execute format('insert into %I (%s) select %s from %I s cross join tpl tp cross join targets g where s.proc_inst_id_ = %L',
                   t.table_name, cols, sel, t.table_name, tpl_pid);
  end loop;
end $$;
analyze;
