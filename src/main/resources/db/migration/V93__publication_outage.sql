-- Items a publication channel did not take (O-FAIL-2): one row per channel and idempotency key, from the
-- first failed attempt until the item went out (recovered_at). Written in its own transaction, because the
-- failing job rolls back: the operators and the flow's people are alerted once per outage (alerted), not
-- at every retry.
create table publication_outage (
  channel          varchar(40)   not null,
  idempotency_key  varchar(120)  not null,
  source           varchar(20)   not null,
  source_id        bigint        not null,
  action           varchar(10)   not null,
  item             varchar(400)  not null,
  first_failed_at  timestamp with time zone not null,
  last_failed_at   timestamp with time zone not null,
  attempts         int           not null,
  last_error       varchar(2000) not null,
  alerted          boolean       not null default false,
  recovered_at     timestamp with time zone,
  primary key (channel, idempotency_key)
);

-- The gateway serves every flow (VNeID articles and iHanoi notices): it is no longer named after one.
update publication_delivery set channel = 'webhook-gateway' where channel = 'vneid-gateway';
