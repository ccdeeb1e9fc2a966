-- Login throttling (T-4): wrong passwords slow down the address they come from and, for a user under
-- attack, only addresses the user never logged in from; nothing locks a user out for good. Shared by all
-- nodes, so an attacker gains nothing by spreading attempts across them.
create table login_throttle (
  throttle_key     varchar(200) primary key,
  kind             varchar(20)  not null,
  user_id          varchar(64),
  client_address   varchar(64),
  failures         integer      not null,
  locked_until     timestamp with time zone,
  last_failure_at  timestamp with time zone not null
);
create index login_throttle_user on login_throttle(user_id);

-- Addresses a user logged in from successfully: exempt from the user-wide delay while that user is attacked.
create table login_known_address (
  user_id          varchar(64) not null,
  client_address   varchar(64) not null,
  last_success_at  timestamp with time zone not null,
  primary key (user_id, client_address)
);
