-- Cách trình bày báo cáo của một đơn vị: how many decimals "% kế hoạch" is printed with (0: "67%" as seed 002
-- prints it, 1: "67,1%"). A unit without a row prints one decimal.
create table report_settings (
    area_id          bigint      primary key references area (id),
    percent_decimals smallint    not null check (percent_decimals in (0, 1)),
    updated_by       text        not null,
    updated_at       timestamptz not null default now()
);
