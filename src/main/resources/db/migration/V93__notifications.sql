-- Thông báo: what the system tells an account (a report returned with its reason), read or not yet.
create table notification (
    id         bigserial primary key,
    username   text        not null,
    created_at timestamptz not null default now(),
    text       text        not null,
    link       text,
    read_at    timestamptz
);
create index notification_unread on notification (username) where read_at is null;
