-- Chỉ tiêu chủ yếu: the indicators a plan names as its main ones ("23/23 chỉ tiêu chủ yếu đạt và vượt").
-- A plan may name an indicator main without giving it a target (seed 002 reports "96,3% hộ gia đình đạt
-- tiêu chuẩn Gia đình văn hóa" among its main results with no 2024 target). Unmarking keeps the row
-- (main = false) with who did it and when.
create table main_indicator (
    plan_id        bigint      not null references plan (id),
    indicator_code text        not null references indicator (code),
    main           boolean     not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    primary key (plan_id, indicator_code)
);
