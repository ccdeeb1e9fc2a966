-- Routing is decided by the process's routing table (dmn/vneid-routing.dmn) right after a request starts,
-- in the same transaction, and recorded here with the names printed on notices (issue 13). Rows of
-- requests submitted before get their names from V76.
alter table vneid_request alter column appraiser_group drop not null;
alter table vneid_request alter column approver_group drop not null;
alter table vneid_request add column appraiser_name varchar(300);
alter table vneid_request add column approver_title varchar(300);

-- Units as data: the abbreviation used in official letters ("UBND-BĐ", "STP"); existing rows start from their code.
alter table organisation add column abbreviation varchar(40);
update organisation set abbreviation = code;
alter table organisation alter column abbreviation set not null;

-- Which communes of an earlier official list went into each commune of a newer one (full or partial),
-- shipped with the reference lists; used to re-map organisations' home areas when the newer list is activated.
create table area_merge (
  set_id    varchar(40) not null references area_set (id),
  new_code  varchar(10) not null,
  old_code  varchar(10) not null,
  coverage  varchar(10) not null,
  primary key (set_id, new_code, old_code)
);
