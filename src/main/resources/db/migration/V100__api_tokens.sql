-- Mã truy cập API: made by an account for a named purpose; only the SHA-256 of the secret is kept, so a copy of the
-- database lets nobody in. A revoked token keeps its row (when, by whom) and is never accepted again.
create table api_token (
    id           bigserial primary key,
    username     text        not null references account (username) on delete cascade,
    purpose      text        not null,
    secret_hash  bytea       not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
create index api_token_owner on api_token (username) where revoked_at is null;
