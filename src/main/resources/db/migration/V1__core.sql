-- Đơn vị hành chính: identified by code AND validity, because new units reuse old codes.
create table area (
    id               bigserial primary key,
    code             text    not null,
    name             text    not null,
    kind             text    not null,
    parent_id        bigint  references area (id),
    valid_from       date    not null,
    valid_to         date,
    name_folded      text    not null,
    code_placeholder boolean not null default false,
    unique (code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);
create index area_parent on area (parent_id);
create index area_code on area (code);

-- Sáp nhập, chia tách, đổi tên, điều chỉnh một phần: one event, many links old → new.
create table lineage_event (
    id          bigserial primary key,
    kind        text not null,
    effective   date not null,
    legal_basis text
);

create table lineage_link (
    event_id       bigint        not null references lineage_event (id),
    predecessor_id bigint        not null references area (id),
    successor_id   bigint        not null references area (id),
    share          numeric(9, 6) not null default 1 check (share > 0 and share <= 1),
    primary key (event_id, predecessor_id, successor_id)
);
create index lineage_link_successor on lineage_link (successor_id);
create index lineage_link_predecessor on lineage_link (predecessor_id);

-- A split may give an indicator its own share (households, not population, for a household count).
create table lineage_indicator_share (
    event_id       bigint        not null,
    predecessor_id bigint        not null,
    successor_id   bigint        not null,
    indicator_code text          not null,
    share          numeric(9, 6) not null check (share >= 0 and share <= 1),
    primary key (event_id, predecessor_id, successor_id, indicator_code),
    foreign key (event_id, predecessor_id, successor_id) references lineage_link (event_id, predecessor_id, successor_id)
);

create table indicator (
    code             text primary key,
    name             text    not null,
    name_folded      text    not null,
    unit             text    not null,
    sector           text    not null,
    direction        text    not null check (direction in ('UP', 'DOWN', 'NEITHER')),
    aggregation      text    not null check (aggregation in ('SUM', 'RATIO', 'MAX', 'NONE')),
    numerator_code   text references indicator (code) deferrable initially deferred,
    denominator_code text references indicator (code) deferrable initially deferred,
    ratio_scale      numeric,
    levels           text[]  not null default '{}',
    formula          text,
    min_value        numeric,
    max_value        numeric,
    check (aggregation <> 'RATIO' or (numerator_code is not null and denominator_code is not null and ratio_scale is not null))
);

-- Kế hoạch: set by a document (Quyết định, Nghị quyết) of an issuer for an area and a year or a term.
create table plan (
    id              bigserial primary key,
    area_id         bigint not null references area (id),
    period          text   not null,
    title           text   not null,
    document_number text,
    document_date   date,
    issuer          text,
    demo            boolean not null default false
);

-- Chỉ tiêu giao. Each adjustment is a new version; no version is ever overwritten.
create table target (
    id              bigserial primary key,
    plan_id         bigint  not null references plan (id),
    indicator_code  text    not null references indicator (code),
    area_id         bigint  not null references area (id),
    period          text    not null,
    version         int     not null,
    form            text    not null,
    value           numeric not null,
    of_total        numeric,
    base_period     text,
    base_value      numeric,
    derived         boolean not null default false,
    note            text,
    document_number text,
    document_date   date,
    issuer          text,
    recorded_at     timestamptz not null default now(),
    unique (plan_id, indicator_code, area_id, period, version)
);
create index target_lookup on target (area_id, period, indicator_code);

-- Số liệu: one value per indicator, area, period and kind (ước thực hiện / thực hiện).
-- No foreign keys here: every write is checked against the catalogue and the area map before it is
-- stored, and per-row key checks would halve the speed of COPY on the table that grows to millions.
create table figure (
    indicator_code text        not null,
    area_id        bigint      not null,
    period         text        not null,
    kind           text        not null check (kind in ('ESTIMATE', 'FINAL')),
    value          numeric     not null,
    source         text,
    derived        boolean     not null default false,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    primary key (area_id, period, indicator_code, kind)
);

-- Every write of a figure: who, when, the value before (null when new) and after.
create table figure_audit (
    id             bigserial primary key,
    indicator_code text        not null,
    area_id        bigint      not null,
    period         text        not null,
    kind           text        not null,
    old_value      numeric,
    new_value      numeric,
    changed_by     text        not null,
    changed_at     timestamptz not null default now(),
    reason         text
);
create index figure_audit_figure on figure_audit (area_id, period, indicator_code);
