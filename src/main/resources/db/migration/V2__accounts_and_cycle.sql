-- Tài khoản: bound to an area (rights extend to its descendants) and, for a department, to sectors.
create table account (
    username        text primary key,
    display_name    text        not null,
    role            text        not null,
    area_id         bigint references area (id),
    sectors         text[]      not null default '{}',
    password_hash   text        not null,
    demo            boolean     not null default false,
    enabled         boolean     not null default true,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);

-- Trạng thái báo cáo of an area for a period: nháp → đã gửi → đã phê duyệt (khóa) → mở lại.
create table report_status (
    area_id    bigint      not null references area (id),
    period     text        not null,
    status     text        not null,
    changed_by text        not null,
    changed_at timestamptz not null default now(),
    primary key (area_id, period)
);

create table report_event (
    id         bigserial primary key,
    area_id    bigint      not null,
    period     text        not null,
    from_status text       not null,
    to_status  text        not null,
    changed_by text        not null,
    changed_at timestamptz not null default now(),
    reason     text
);
create index report_event_report on report_event (area_id, period);

-- Who recorded each version of a target.
alter table target add column recorded_by text not null default 'hệ thống';
