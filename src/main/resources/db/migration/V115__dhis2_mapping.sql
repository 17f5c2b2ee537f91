-- Bảng ánh xạ mã DHIS2: a national system's identifier (a data element, an organisation unit, a category option
-- combo) and the KTXH code it means (an indicator code, a unit code, ESTIMATE or FINAL). One to one both ways, so an
-- export names every figure by a single identifier. Identifiers without a row are taken as KTXH codes.
create table dhis2_mapping (
    kind       text        not null check (kind in ('DATA_ELEMENT', 'ORG_UNIT', 'CATEGORY_OPTION_COMBO')),
    dhis2_id   text        not null check (length(dhis2_id) between 1 and 100),
    code       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    primary key (kind, dhis2_id),
    unique (kind, code)
);
