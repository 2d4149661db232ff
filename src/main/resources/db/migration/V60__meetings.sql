create sequence meeting_seq start with 1 increment by 50;

-- A cell meeting (sinh hoạt chi bộ): notice, documents, attendance, minutes and resolution.
create table meeting (
    id bigint primary key,
    cell_id bigint not null,
    kind varchar(20) not null,
    -- numbered per cell and year of the meeting: "05" in "05-BB/CB"
    number_year int not null,
    serial int not null,
    topic varchar(300) not null,
    starts_at timestamp with time zone not null,
    place varchar(300) not null,
    agenda varchar(10000) not null,
    invitations_sent_at timestamp with time zone,
    invitations_sent_by varchar(60),
    attendance_recorded_at timestamp with time zone,
    chair_member_id bigint,
    chair_name varchar(200),
    minute_taker_member_id bigint,
    minute_taker_name varchar(200),
    discussion varchar(20000) not null,
    conclusions varchar(20000) not null,
    resolution varchar(20000) not null,
    votes_for int,
    votes_against int,
    minutes_recorded_at timestamp with time zone,
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null default 0,
    constraint meeting_number unique (cell_id, number_year, serial)
);
create index meeting_cell_start on meeting (cell_id, starts_at);

-- Linked documents of the handbook's library, by id.
create table meeting_document (
    meeting_id bigint not null references meeting (id),
    document_id bigint not null,
    primary key (meeting_id, document_id)
);

-- One row per member on the rolls when attendance was recorded; name, kind and standing as they
-- were that day, so the minutes and the R25 counts do not change when a record changes later.
create table meeting_attendance (
    meeting_id bigint not null references meeting (id),
    member_id bigint not null,
    member_name varchar(200) not null,
    official boolean not null,
    exempt boolean not null,
    attached_elsewhere boolean not null,
    suspended boolean not null,
    excused boolean not null,
    presence varchar(30) not null,
    reason varchar(300),
    primary key (meeting_id, member_id)
);
create index meeting_attendance_member on meeting_attendance (member_id);

-- The secret of each member's calendar feed; a new link replaces the row.
create table meeting_calendar_token (
    member_id bigint primary key,
    token varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint meeting_calendar_token_unique unique (token)
);
