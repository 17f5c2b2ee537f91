-- Cơ quan, đơn vị of an area: the departments of a province, the offices of a commune. The synthesis
-- agency (cơ quan tổng hợp) may assign tasks and extend deadlines for its area.
create table agency (
    id         bigserial primary key,
    area_id    bigint  not null references area (id),
    name       text    not null,
    synthesis  boolean not null default false,
    email      text,
    demo       boolean not null default false,
    unique (area_id, name)
);

-- The accounts that work for an agency (an account may belong to several).
create table agency_member (
    agency_id bigint not null references agency (id) on delete cascade,
    username  text   not null references account (username) on delete cascade,
    primary key (agency_id, username)
);

-- Nhiệm vụ: one assigned piece of work. recurrence ONCE/CONTINUOUS has one due date (due_date);
-- MONTHLY/QUARTERLY/YEARLY have one per period between start_date and due_date (the span's end).
create table task (
    id              bigserial primary key,
    area_id         bigint  not null references area (id),
    plan_id         bigint  references plan (id) on delete cascade,
    parent_id       bigint  references task (id) on delete cascade,
    section         text,
    title           text    not null,
    content         text,
    document_number text,
    document_date   date,
    document_issuer text,
    lead_agency_id  bigint  not null references agency (id),
    start_date      date,
    due_date        date    not null,
    recurrence      text    not null,
    priority        text    not null,
    source          text,
    created_by      text    not null,
    created_at      timestamptz not null default now()
);
create index task_area on task (area_id);
create index task_lead on task (lead_agency_id);

create table task_cooperator (
    task_id   bigint not null references task (id) on delete cascade,
    agency_id bigint not null references agency (id),
    primary key (task_id, agency_id)
);

create table task_indicator (
    task_id        bigint not null references task (id) on delete cascade,
    indicator_code text   not null,
    primary key (task_id, indicator_code)
);

-- Gia hạn: every extension is kept; the task's (or the period's) due date is the latest one.
create table task_extension (
    id          bigserial primary key,
    task_id     bigint not null references task (id) on delete cascade,
    period      text,
    old_date    date   not null,
    new_date    date   not null,
    reason      text   not null,
    extended_by text   not null,
    extended_at timestamptz not null default now()
);
create index task_extension_task on task_extension (task_id);

-- Báo cáo tiến độ by the lead agency, for a period; reported_on is the day it counts from.
create table task_progress (
    id          bigserial primary key,
    task_id     bigint   not null references task (id) on delete cascade,
    period      text     not null,
    reported_on date     not null,
    percent     smallint not null check (percent between 0 and 100),
    text        text     not null,
    problems    text,
    proposals   text,
    reported_by text     not null,
    reported_at timestamptz not null default now()
);
create index task_progress_task on task_progress (task_id);

-- Attachments live in the database, beside the report they belong to (at most 10 MB each).
create table task_attachment (
    id           bigserial primary key,
    progress_id  bigint not null references task_progress (id) on delete cascade,
    name         text   not null,
    content_type text   not null,
    size         bigint not null check (size <= 10485760),
    content      bytea  not null
);
