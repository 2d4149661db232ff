-- A meeting announced (or only drafted) and then called off: kept, with who cancelled it and why
-- (party-work.md: Draft/Announced -> Cancelled).
alter table meeting add column cancelled_at timestamp with time zone;
alter table meeting add column cancelled_by varchar(60);
alter table meeting add column cancel_reason varchar(500);
