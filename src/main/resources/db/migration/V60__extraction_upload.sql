-- A document uploaded to "Đọc văn bản", kept between reading it and accepting its statements: the text as read
-- (a statement's line counts its lines, so the statements are extracted again from it) and, for the record, the
-- statements as they were first read.
create table extraction_upload (
    id          uuid primary key,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    file_name   text        not null,
    area_code   text        not null,
    period      text        not null,
    text        text        not null,
    statements  jsonb       not null
);
create index extraction_upload_created on extraction_upload (created_at);
