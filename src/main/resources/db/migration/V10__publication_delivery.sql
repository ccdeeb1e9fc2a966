-- Deliveries to external channels (the VNeID gateway) that the channel confirmed. Written in its own
-- transaction right after the gateway answers 2xx, so that a job retried after a later failure (or on
-- another node) does not call the gateway again for the same key.
create table publication_delivery (
  channel          varchar(40)  not null,
  idempotency_key  varchar(120) not null,
  delivered_at     timestamp with time zone not null,
  primary key (channel, idempotency_key)
);
