-- Cả nước and roll-ups kept as figures are written (issue #15).
--
-- Design, for everyone who writes to `figure`:
-- * `area_closure` holds every (unit, ancestor, depth >= 1) along parent_id; a row trigger on `area` adds
--   a new unit's rows. Changing an existing unit's parent or validity (rare: a reorganisation, a SQL fix)
--   rebuilds the closure and the kept roll-ups in the same statement.
-- * `figure_rollup` keeps, per (ancestor, depth, period, indicator, kind), the sum, the count of units
--   and the max of the figures of the units `depth` levels below the ancestor that exist on the period's
--   last day (the units a roll-up composes). Ratios use the kept sums of their numerator and denominator.
-- * Statement-level triggers with transition tables on `figure` keep it in the same transaction, whatever
--   the door (API, upload, COPY, SQL corrections, deletions): one grouped upsert per statement, so the
--   write path needs no call of its own. A removed value that was a group's max recomputes that group.
-- * `figure_rollup_differences()` recomputes everything from `figure` and returns the rows that differ
--   (the nightly and on-demand check; there must be none).
-- * If `figure` is ever partitioned, create these triggers on the partitioned parent (transition tables
--   of statement triggers on the parent see the rows of every partition).

-- The country: the root above the provinces, on every date.
insert into area (code, name, kind, parent_id, valid_from, valid_to, name_folded, code_placeholder)
select 'VN', 'Cả nước', 'NATION', null, date '1945-09-02', null, 'ca nuoc', false
where not exists (select 1 from area where kind = 'NATION');

update area set parent_id = (select id from area where kind = 'NATION')
where parent_id is null and kind in ('PROVINCE', 'CENTRAL_CITY');

create function period_last_day(period text) returns date language sql immutable strict parallel safe as $$
    select case
        when period ~ '^\d{4}$' then make_date(left(period, 4)::int, 12, 31)
        when period ~ '^\d{4}-\d{4}$' then make_date(right(period, 4)::int, 12, 31)
        when period ~ '^\d{4}-9M$' then make_date(left(period, 4)::int, 9, 30)
        when period ~ '^\d{4}-H[12]$' then (make_date(left(period, 4)::int, right(period, 1)::int * 6, 1) + interval '1 month - 1 day')::date
        when period ~ '^\d{4}-Q[1-4]$' then (make_date(left(period, 4)::int, right(period, 1)::int * 3, 1) + interval '1 month - 1 day')::date
        when period ~ '^\d{4}-M\d{2}$' then (make_date(left(period, 4)::int, right(period, 2)::int, 1) + interval '1 month - 1 day')::date
    end
$$;

create table area_closure (
    area_id     bigint   not null references area (id),
    ancestor_id bigint   not null references area (id),
    depth       smallint not null check (depth >= 1),
    primary key (area_id, ancestor_id)
);
create index area_closure_ancestor on area_closure (ancestor_id, depth);

create function area_ancestors(unit bigint) returns table (ancestor_id bigint, depth smallint)
language sql stable as $$
    with recursive up (id, depth) as (
        select parent_id, 1::smallint from area where id = unit and parent_id is not null
        union all
        select a.parent_id, (up.depth + 1)::smallint from up join area a on a.id = up.id where a.parent_id is not null
    )
    select id, depth from up
$$;

insert into area_closure (area_id, ancestor_id, depth)
select a.id, up.ancestor_id, up.depth from area a cross join lateral area_ancestors(a.id) up;

create table figure_rollup (
    ancestor_id    bigint   not null,
    depth          smallint not null,
    period         text     not null,
    indicator_code text     not null,
    kind           text     not null,
    total          numeric  not null,
    contributors   int      not null,
    maximum        numeric  not null,
    primary key (ancestor_id, period, indicator_code, kind, depth)
);

-- What the kept roll-ups should hold, worked out from the figures (the rebuild and the check).
create view figure_rollup_fresh as
select c.ancestor_id, c.depth, f.period, f.indicator_code, f.kind,
       sum(f.value) as total, count(*)::int as contributors, max(f.value) as maximum
from figure f
join area a on a.id = f.area_id
join area_closure c on c.area_id = f.area_id
where a.valid_from <= period_last_day(f.period) and (a.valid_to is null or a.valid_to >= period_last_day(f.period))
group by c.ancestor_id, c.depth, f.period, f.indicator_code, f.kind;

create function figure_rollup_rebuild() returns void language sql as $$
    delete from figure_rollup;
    insert into figure_rollup select * from figure_rollup_fresh;
$$;

select figure_rollup_rebuild();

-- Rows kept differently from a fresh recomputation: none is the only right answer.
create function figure_rollup_differences()
returns table (ancestor_id bigint, depth smallint, period text, indicator_code text, kind text,
               kept_total numeric, fresh_total numeric, kept_contributors int, fresh_contributors int,
               kept_maximum numeric, fresh_maximum numeric)
language sql stable as $$
    select coalesce(k.ancestor_id, f.ancestor_id), coalesce(k.depth, f.depth), coalesce(k.period, f.period),
           coalesce(k.indicator_code, f.indicator_code), coalesce(k.kind, f.kind),
           k.total, f.total, k.contributors, f.contributors, k.maximum, f.maximum
    from figure_rollup k
    full join figure_rollup_fresh f using (ancestor_id, depth, period, indicator_code, kind)
    where k.total is distinct from f.total or k.contributors is distinct from f.contributors
       or k.maximum is distinct from f.maximum
$$;

-- The statements that apply the figures a statement added (sign 1) and removed (sign -1), given as a query
-- over its transition tables, to the kept roll-ups. The trigger runs them itself: transition tables are
-- visible only inside the trigger function. A removed value is never above its group's max, so the new
-- max is the greater of the old one and what was added; a group that lost its max recomputes it.
create function figure_rollup_statements(changes text) returns text[] language sql immutable as $$
    select array[format($q$
        insert into figure_rollup as r (ancestor_id, depth, period, indicator_code, kind, total, contributors, maximum)
        select c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind,
               sum(d.value * d.sign), sum(d.sign)::int, coalesce(max(d.value) filter (where d.sign > 0), min(d.value))
        from (%s) d
        join area a on a.id = d.area_id
        join area_closure c on c.area_id = d.area_id
        where a.valid_from <= period_last_day(d.period) and (a.valid_to is null or a.valid_to >= period_last_day(d.period))
        group by c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind
        on conflict (ancestor_id, period, indicator_code, kind, depth) do update
        set total = r.total + excluded.total, contributors = r.contributors + excluded.contributors,
            maximum = greatest(r.maximum, excluded.maximum)
        $q$, changes),
    format($q$
        update figure_rollup r set maximum = fresh.maximum
        from (select distinct c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind
              from (%s) d join area_closure c on c.area_id = d.area_id
              join figure_rollup k on k.ancestor_id = c.ancestor_id and k.depth = c.depth and k.period = d.period
                   and k.indicator_code = d.indicator_code and k.kind = d.kind
              where d.sign < 0 and d.value >= k.maximum) g
        cross join lateral (
            select max(f.value) as maximum from area_closure c2
            join area a on a.id = c2.area_id
            join figure f on f.area_id = c2.area_id and f.period = g.period and f.indicator_code = g.indicator_code
                 and f.kind = g.kind
            where c2.ancestor_id = g.ancestor_id and c2.depth = g.depth
              and a.valid_from <= period_last_day(g.period) and (a.valid_to is null or a.valid_to >= period_last_day(g.period))
        ) fresh
        where r.ancestor_id = g.ancestor_id and r.depth = g.depth and r.period = g.period
          and r.indicator_code = g.indicator_code and r.kind = g.kind and fresh.maximum is not null
        $q$, changes),
    'delete from figure_rollup where contributors = 0']
$$;

create index figure_rollup_emptied on figure_rollup (ancestor_id) where contributors = 0;

create function figure_rollup_on_change() returns trigger language plpgsql as $$
declare
    added_rows   constant text := 'select indicator_code, area_id, period, kind, value, 1 as sign from added';
    removed_rows constant text := 'select indicator_code, area_id, period, kind, value, -1 as sign from removed';
    statements text[];
begin
    statements := figure_rollup_statements(case TG_OP
            when 'INSERT' then added_rows
            when 'DELETE' then removed_rows
            else added_rows || ' union all ' || removed_rows end);
    execute statements[1];
    if TG_OP <> 'INSERT' then
        execute statements[2];
        execute statements[3];
    end if;
    return null;
end
$$;

create function figure_rollup_on_truncate() returns trigger language plpgsql as $$
begin
    delete from figure_rollup;
    return null;
end
$$;

create trigger figure_rollup_insert after insert on figure referencing new table as added
    for each statement execute function figure_rollup_on_change();
create trigger figure_rollup_update after update on figure referencing old table as removed new table as added
    for each statement execute function figure_rollup_on_change();
create trigger figure_rollup_delete after delete on figure referencing old table as removed
    for each statement execute function figure_rollup_on_change();
create trigger figure_rollup_truncate after truncate on figure
    for each statement execute function figure_rollup_on_truncate();

create function area_closure_on_insert() returns trigger language plpgsql as $$
begin
    insert into area_closure (area_id, ancestor_id, depth)
    select n.id, up.ancestor_id, up.depth from added n cross join lateral area_ancestors(n.id) up;
    return null;
end
$$;

-- A unit moved or its validity changed: rare enough to recompute the closure and the kept roll-ups whole.
create function area_closure_on_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added n join removed o on o.id = n.id
               where n.parent_id is distinct from o.parent_id or n.valid_from <> o.valid_from
                  or n.valid_to is distinct from o.valid_to) then
        delete from area_closure;
        insert into area_closure (area_id, ancestor_id, depth)
        select a.id, up.ancestor_id, up.depth from area a cross join lateral area_ancestors(a.id) up;
        perform figure_rollup_rebuild();
    end if;
    return null;
end
$$;

create trigger area_closure_insert after insert on area referencing new table as added
    for each statement execute function area_closure_on_insert();
create trigger area_closure_update after update on area referencing old table as removed new table as added
    for each statement execute function area_closure_on_update();
