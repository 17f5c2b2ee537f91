-- Writers of a report's figures and the moves of that report queue on an advisory lock of the report. One lock per
-- report made a load of thousands of reports (ten years of a province's months) overflow the server's lock table
-- ("out of shared memory"). Reports now share 256 slots (class 7001 of the two-key advisory locks, apart from any
-- one-key lock), so a transaction holds at most 256 of them; two reports in one slot merely queue.
create function report_lock_slot(report text) returns int language sql immutable strict parallel safe as $$
    select (hashtextextended(report, 0) & 255)::int
$$;
