-- Which periods an indicator is reported in. An indicator without rows here is reported in every period of
-- a year it has a target for (month, quarter, 6 and 9 months, year); rows narrow it, e.g. to YEAR and HALF.
create table reporting_obligation (
    indicator_code text not null references indicator (code),
    period_type    text not null check (period_type in ('YEAR', 'HALF', 'NINE_MONTHS', 'QUARTER', 'MONTH', 'TERM')),
    primary key (indicator_code, period_type)
);
