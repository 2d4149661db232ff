create sequence member_seq start with 1 increment by 50;
create sequence member_event_seq start with 1 increment by 50;
create sequence member_change_seq start with 1 increment by 50;

-- ids from sequences (not identity columns) so that Hibernate can batch the inserts of an import
create table member (
    id bigint primary key,
    family_name varchar(60) not null,
    middle_name varchar(60) not null,
    given_name varchar(60) not null,
    full_name varchar(200) not null,
    -- folded (lower case, no diacritics, đ as d) for search that ignores both
    name_folded varchar(200) not null,
    -- hex ICU collation key: given, middle, family name in Vietnamese order
    sort_key varchar(600) not null,
    birth_date date not null,
    gender varchar(10) not null,
    ethnicity varchar(40) not null,
    religion varchar(40) not null,
    hometown varchar(200) not null,
    citizen_id varchar(12) not null,
    party_card_number varchar(20),
    phone varchar(20),
    admitted_on date not null,
    official_on date,
    kind varchar(20) not null,
    standing varchar(30) not null,
    cell_id bigint not null,
    education varchar(20) not null,
    political_theory varchar(20) not null,
    job varchar(200) not null,
    version bigint not null default 0,
    constraint member_citizen_id unique (citizen_id),
    constraint member_party_card unique (party_card_number)
);
create index member_cell_sort on member (cell_id, sort_key);
create index member_sort on member (sort_key);
create index member_standing on member (standing);

create table member_event (
    id bigint primary key,
    member_id bigint not null references member (id),
    kind varchar(40) not null,
    occurred_on date not null,
    decision_number varchar(60),
    details varchar(1000) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);
create index member_event_member on member_event (member_id, occurred_on);

create table member_change (
    id bigint primary key,
    member_id bigint not null references member (id),
    changed_at timestamp with time zone not null,
    changed_by varchar(60) not null,
    summary varchar(2000) not null
);
create index member_change_member on member_change (member_id, changed_at);
