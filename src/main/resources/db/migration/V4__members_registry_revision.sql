-- Bumped after every committed change to the member table, so that each application node knows
-- when its in-memory search index of the registry is stale.
create table member_registry_revision (
    id int primary key,
    revision bigint not null
);
insert into member_registry_revision (id, revision) values (1, 0);
