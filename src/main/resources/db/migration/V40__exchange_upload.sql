-- An upload between its preview and its commit: the changes it would make, as shown to the user, so that the
-- commit stores exactly what was previewed, survives a restart and works on any instance. A token commits once.
create table exchange_upload (
    token        uuid primary key,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    file_name    text,
    preview      jsonb       not null,
    committed_at timestamptz,
    committed_by text,
    stored       int
);
create index exchange_upload_expiry on exchange_upload (expires_at) where committed_at is null;
