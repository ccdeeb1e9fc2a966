-- V-STEP-3: the approver may shorten the publication window and narrow the audience (never widen them), recorded
-- with the decision; the publication and its timers use the narrowed values (vneid.Narrowing).
create table vneid_narrowing (
  request_id     bigint       not null references vneid_request(id),
  round_no       int          not null,
  step           varchar(40)  not null,
  publish_from   timestamp with time zone,
  publish_until  timestamp with time zone,
  age_min        int,
  age_max        int,
  gender         varchar(10),
  primary key (request_id, round_no, step)
);
