-- Vốn đầu tư công: the capital plan (kế hoạch vốn) of a unit and year by source and, optionally, by project, and the
-- disbursement (giải ngân) reported cumulative to a date. Nothing is overwritten: an adjustment of a plan is its next
-- version, a corrected disbursement a later row for the same date; each row names who recorded it and when.

-- Dự án: a project financed from one source of a unit's capital plan for a year.
create table investment_project (
    id               bigserial primary key,
    area_id          bigint  not null references area (id),
    year             int     not null,
    source           text    not null,
    name             text    not null,
    owner            text    not null,
    total_investment numeric,
    recorded_by      text    not null,
    recorded_at      timestamptz not null default now(),
    demo             boolean not null default false,
    unique (area_id, year, source, name)
);

-- Kế hoạch vốn: the amount of a source (project_id null) or of a project, each version with its deciding document.
-- part_of names the source a line is counted within ("trong đó"), so that it is not added to the total twice.
create table capital_plan (
    id              bigserial primary key,
    area_id         bigint  not null references area (id),
    year            int     not null,
    source          text    not null,
    project_id      bigint  references investment_project (id),
    name            text    not null,
    part_of         text,
    version         int     not null,
    amount          numeric not null check (amount >= 0),
    document_number text    not null,
    document_date   date,
    issuer          text,
    recorded_by     text    not null,
    recorded_at     timestamptz not null default now(),
    demo            boolean not null default false
);
create unique index capital_plan_version on capital_plan (area_id, year, source, coalesce(project_id, 0), version);

-- Giải ngân: cumulative to as_of, as reported, with the estimate for the whole year (ước cả năm) when given.
create table disbursement (
    id          bigserial primary key,
    area_id     bigint  not null references area (id),
    year        int     not null,
    source      text    not null,
    project_id  bigint  references investment_project (id),
    as_of       date    not null,
    disbursed   numeric not null check (disbursed >= 0),
    estimate    numeric check (estimate >= 0),
    recorded_by text    not null,
    recorded_at timestamptz not null default now(),
    demo        boolean not null default false
);
create index disbursement_lookup on disbursement (area_id, year, source, as_of);
