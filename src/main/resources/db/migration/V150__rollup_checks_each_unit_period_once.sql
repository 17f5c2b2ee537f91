-- The kept roll-ups' trigger asked whether a unit existed on its period's last day once per written figure:
-- two parses of the period text per row, most of the cost of a large import. The same question is now asked
-- once per (unit, period) of the statement (materialized, lest the planner fold it back into a test per row),
-- and the figures joined to the answer. Same rows, same sums.
-- The other two statements (a maximum lowered by a correction, emptied rows) stay V87's own.
alter function figure_rollup_statements(text) rename to figure_rollup_statements_v87;

create or replace function figure_rollup_statements(changes text) returns text[] language sql immutable as $$
    select array[format($q$
        with existing as materialized (
            select u.area_id, u.period
            from (select distinct area_id, period from (%1$s) x) u
            join area a on a.id = u.area_id
            where a.valid_from <= period_last_day(u.period)
              and (a.valid_to is null or a.valid_to >= period_last_day(u.period)))
        insert into figure_rollup as r (ancestor_id, depth, period, indicator_code, kind, total, contributors, maximum)
        select c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind,
               sum(d.value * d.sign), sum(d.sign)::int, coalesce(max(d.value) filter (where d.sign > 0), min(d.value))
        from (%1$s) d
        join existing on existing.area_id = d.area_id and existing.period = d.period
        join area_closure c on c.area_id = d.area_id
        group by c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind
        on conflict (ancestor_id, period, indicator_code, kind, depth) do update
        set total = r.total + excluded.total, contributors = r.contributors + excluded.contributors,
            maximum = greatest(r.maximum, excluded.maximum)
        $q$, changes),
    (figure_rollup_statements_v87(changes))[2],
    (figure_rollup_statements_v87(changes))[3]]
$$;
