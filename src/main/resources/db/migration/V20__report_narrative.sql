-- Phần lời của báo cáo: the text users write for an area, a period and a section (a sector, the introduction,
-- the limitations, the tasks); the report's numbers are never stored here, they are derived every time.
create table report_narrative (
    area_id    bigint      not null references area (id),
    period     text        not null,
    section    text        not null,
    text       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    primary key (area_id, period, section)
);

-- Thể thức: số, địa danh, ngày, người ký, chức vụ, nơi nhận (one recipient per line) of an area's report.
create table report_particulars (
    area_id      bigint      not null references area (id),
    period       text        not null,
    number       text,
    place        text,
    issued_on    date,
    signer_name  text,
    signer_title text,
    recipients   text,
    updated_by   text        not null,
    updated_at   timestamptz not null default now(),
    primary key (area_id, period)
);
