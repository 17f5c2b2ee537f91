-- Where an account wants its notifications mailed too (a report returned, with its reason); optional, set by its owner.
create table account_email (
    username   text primary key references account (username) on delete cascade,
    email      text        not null,
    changed_at timestamptz not null default now()
);
