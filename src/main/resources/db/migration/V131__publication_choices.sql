-- Công bố: an approved report is published on the portal unless the office that approved it withholds it; the office
-- may publish it again. Every choice is kept (who, when); the latest one after the latest approval counts.
create table publication_choice (
    id         bigserial primary key,
    area_id    bigint      not null references area (id),
    period     text        not null,
    published  boolean     not null,
    chosen_by  text        not null,
    chosen_at  timestamptz not null default now()
);
create index publication_choice_unit on publication_choice (area_id, period, id desc);
