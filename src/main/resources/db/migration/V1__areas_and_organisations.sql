-- Administrative areas (SPEC A-1..A-3) and organisations (A-4).
-- Portable SQL: runs unchanged on H2 2.3 (plain mode) and PostgreSQL 15.

-- One imported list of areas. Codes are not stable across eras (a 2025 ward reuses a
-- 2024 code), so every area belongs to a set; exactly one set is active at a time.
create table area_set (
  id          varchar(40)  primary key,
  name        varchar(200) not null,
  active      boolean      not null,
  imported_at timestamp    not null
);

create table area (
  set_id      varchar(40)  not null references area_set (id),
  code        varchar(10)  not null,
  name        varchar(200) not null,
  level       varchar(10)  not null,
  type        varchar(60)  not null,
  parent_code varchar(10),
  primary key (set_id, code)
);

-- home_area_code refers to a code of the active area set; no foreign key because the
-- referenced set changes when a new official list is activated.
create table organisation (
  code           varchar(40)  primary key,
  name           varchar(300) not null,
  kind           varchar(40)  not null,
  home_area_code varchar(10)  not null,
  email          varchar(200) not null
);
