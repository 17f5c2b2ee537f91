-- Separation of duties and the audit of what is written besides values.

-- Every change of a report's text: a section (its key) or a particular of the document ("số", "người ký" ...),
-- with who, when, the text before and after (null: empty).
create table report_text_audit (
    id         bigserial   primary key,
    area_id    bigint      not null references area (id),
    period     text        not null,
    part       text        not null,
    old_text   text,
    new_text   text,
    changed_by text        not null,
    changed_at timestamptz not null default now()
);
create index report_text_audit_report on report_text_audit (area_id, period);
create index report_text_audit_time on report_text_audit (changed_at);

-- A figure's source or note is audited like its value.
alter table figure_audit add column old_source text, add column new_source text;

-- Who decided a plan's targets, recorded as such: the level above (giao) or the unit's own council or committee. Plans
-- recorded before say it only in the issuer's words: the unit's own when the issuer names the unit ("HĐND thành phố
-- Lai Châu" for thành phố Lai Châu), else the level above, which only the level above may then change.
alter table plan add column decided_by text not null default 'LEVEL_ABOVE' check (decided_by in ('LEVEL_ABOVE', 'OWN_UNIT'));
update plan p set decided_by = 'OWN_UNIT'
  from area a
 where a.id = p.area_id and p.issuer is not null
   and position((case a.kind when 'NATION' then '' when 'PROVINCE' then 'tỉnh ' when 'CENTRAL_CITY' then 'thành phố '
                             when 'PROVINCIAL_CITY' then 'thành phố ' when 'DISTRICT' then 'huyện ' when 'TOWN' then 'thị xã '
                             when 'COMMUNE' then 'xã ' when 'WARD' then 'phường ' when 'TOWNSHIP' then 'thị trấn '
                             when 'SPECIAL_ZONE' then 'đặc khu ' end) || a.name in p.issuer) > 0;
alter table plan alter column decided_by drop default;
