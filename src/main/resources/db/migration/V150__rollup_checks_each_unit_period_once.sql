-- The kept roll-ups' trigger asked whether a unit existed on its period's last day once per written figure:
-- two parses of the period text per row, most of the cost of a large import. The same question is now asked
-- once per (unit, period) of the statement, and the figures joined to the answer. Same rows, same sums.
create or replace function figure_rollup_statements(changes text) returns text[] language sql immutable as $$
    select array[format($q$
        insert into figure_rollup as r (ancestor_id, depth, period, indicator_code, kind, total, contributors, maximum)
        select c.ancestor_id, c.depth, d.period, d.indicator_code, d.kind,
               sum(d.value * d.sign), sum(d.sign)::int, coalesce(max(d.value) filter (where d.sign > 0), min(d.value))
        from (%1$s) d
        join (select u.area_id, u.period
              from (select distinct area_id, period from (%1$s) x) u
              join area a on a.id = u.area_id
              where a.valid_from <= period_last_day(u.period)
                and (a.valid_to is null or a.valid_to >= period_last_day(u.period))) existing
          on existing.area_id = d.area_id and existing.period = d.period
        join area_closure c on c.area_id = d.area_id
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
