-- One row per issuing body whose cadence reminder (I-CADENCE-2) has ever been checked. Whoever checks and
-- starts the body's reminder first updates its row, which locks it until that transaction ends: two nodes
-- starting at the same instant take turns, and the second sees the reminder the first started.
create table ihanoi_cadence_claim (
  body_code   varchar(40) primary key,
  claimed_at  timestamp with time zone not null
);
