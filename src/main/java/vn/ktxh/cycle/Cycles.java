package vn.ktxh.cycle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Notifications;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.storage.ReportRows;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: the state of each area's report, its moves, the lock on approved figures, timeliness. */
@Service
public class Cycles {

    /** An area's report of a period. */
    public record ReportKey(long areaId, Period period) {

        /** The same key as the figure writer's lock: {@code area_id || '|' || period}. */
        String lockKey() {
            return areaId + "|" + period;
        }
    }

    private final ReportRows rows;
    private final Areas areas;
    private final ReportingCalendar calendar;
    private final Plans plans;
    private final Indicators indicators;
    private final Notifications notifications;

    Cycles(
            ReportRows rows,
            Areas areas,
            ReportingCalendar calendar,
            Plans plans,
            Indicators indicators,
            Notifications notifications) {
        this.notifications = notifications;
        this.plans = plans;
        this.indicators = indicators;
        this.rows = rows;
        this.areas = areas;
        this.calendar = calendar;
    }

    public ReportingCalendar calendar() {
        return calendar;
    }

    /** The indicators the unit reports in the period ({@link DueIndicators}), each with the target shown beside it. */
    public Map<String, Target> due(Area area, Period period) {
        return due(List.of(area.id()), period).getOrDefault(area.id(), Map.of());
    }

    /** As {@link #due(Area, Period)} for several units at once; a unit with nothing due is left out. */
    public Map<Long, Map<String, Target>> due(List<Long> areaIds, Period period) {
        Map<Long, Map<String, Target>> ofPeriod = plans.current(areaIds, period);
        Map<Long, Map<String, Target>> ofYear =
                DueIndicators.withinAYear(period) ? plans.current(areaIds, Period.year(period.year())) : Map.of();
        Map<Long, Map<String, Target>> out = new HashMap<>();
        for (Long id : areaIds) {
            Map<String, Target> due = DueIndicators.of(
                    period,
                    ofPeriod.getOrDefault(id, Map.of()),
                    ofYear.getOrDefault(id, Map.of()),
                    indicators::reportedIn);
            if (!due.isEmpty()) {
                out.put(id, due);
            }
        }
        return out;
    }

    public ReportState state(Area area, Period period) {
        return rows.state(area.id(), period.toString()).orElse(ReportState.DRAFT);
    }

    /** Moves a report, if the signed-in account may and the report is in a state the move leaves from. */
    @Transactional
    public ReportState move(Actor actor, String areaCode, Period period, ReportState.Move move, String reason) {
        Area area = areas.require(areaCode, period, "area");
        if (move == ReportState.Move.SUBMIT) {
            actor.requireSubmit(area);
        } else {
            actor.requireApprove(area);
        }
        if (move.needsReason() && (reason == null || reason.isBlank())) {
            throw new RejectedInput("reason", "Cần ghi lý do khi %s báo cáo".formatted(move.label()));
        }
        rows.lockReports(
                List.of(new ReportKey(area.id(), period).lockKey())); // an approval waits for a write in flight
        ReportState current = rows.lockState(area.id(), period.toString()).orElse(ReportState.DRAFT);
        if (!move.allowedFrom(current)) {
            throw new RejectedInput(
                    "move",
                    "Không thể %s báo cáo %s của %s khi đang ở trạng thái \"%s\""
                            .formatted(move.label(), period.label(), area.fullName(), current.label()));
        }
        rows.record(area.id(), period.toString(), current, move.to(), actor.name("hệ thống"), reason);
        if (move == ReportState.Move.RETURN) {
            tellSubmitters(area, period, reason);
        }
        return move.to();
    }

    /** Whoever sent the report learns it came back, and why, with a link to the form. */
    private void tellSubmitters(Area area, Period period, String reason) {
        List<String> submitters = events(area, period).stream()
                .filter(e -> e.to() == ReportState.SUBMITTED)
                .map(ReportEvent::by)
                .toList();
        String ref = areas.map().reference(area, period);
        notifications.send(
                submitters,
                "Báo cáo %s của %s bị trả lại: %s".formatted(period.label(), area.fullName(), reason.strip()),
                "/nhap-so-lieu?area=" + URLEncoder.encode(ref, StandardCharsets.UTF_8) + "&period=" + period);
    }

    /** The return of the report by the office above, with its reason, while the report waits in the unit's hands again. */
    public Optional<ReportEvent> returned(Area area, Period period) {
        List<ReportEvent> events = events(area, period);
        ReportEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        boolean waiting = last != null
                && last.from() == ReportState.SUBMITTED
                && last.to() == ReportState.DRAFT
                && state(area, period) == ReportState.DRAFT;
        return waiting ? Optional.of(last) : Optional.empty();
    }

    /** The latest return still waiting in the unit's hands, of any period: what its dashboard says first. */
    public Optional<ReportEvent> latestReturn(Area area) {
        List<ReportEvent> all = events(List.of(area.id()), Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
        return all.stream()
                .map(ReportEvent::period)
                .distinct()
                .map(period -> returned(area, Period.parse(period)))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(ReportEvent::at));
    }

    public List<ReportEvent> events(Area area, Period period) {
        return rows.events(area.id(), period.toString());
    }

    public List<ReportEvent> events(Collection<Long> areaIds, Instant from, Instant to) {
        return rows.events(areaIds, from, to);
    }

    /**
     * Refuses, as a conflict, a write to a submitted or approved report (its figures, its text): "… cần trả lại / mở lại
     * báo cáo trước khi {@code toDo}". Every writer asks here, so the lock and its message are one. Inside a transaction
     * the reports stay locked until it ends: a submission or an approval asked meanwhile waits, and once it is answered
     * no write of the report commits.
     */
    public void requireOpen(Collection<ReportKey> keys, String toDo) {
        rows.lockReports(keys.stream().map(ReportKey::lockKey).toList());
        rows.closed(keys).entrySet().stream().findFirst().ifPresent(first -> {
            throw first.getValue()
                    .refusal(
                            first.getKey().period(),
                            areas.map()
                                    .byId(first.getKey().areaId())
                                    .orElseThrow()
                                    .fullName(),
                            toDo);
        });
    }

    /** The reports among {@code keys} that are submitted or approved, hence closed to writes, with their state. */
    public Map<ReportKey, ReportState> closed(Collection<ReportKey> keys) {
        return rows.closed(keys);
    }

    /** For each unit under {@code parentCode} on the period's last day: its state and whether it reported in time. */
    public List<Timeliness> timeliness(Actor actor, String parentCode, Period period, LocalDate today) {
        Area parent = areas.require(parentCode, period, "area");
        actor.requireRead(parent);
        List<Area> units = areas.map().childrenOn(parent, period.lastDay());
        Map<Long, ReportRows.Submission> submissions =
                rows.submissions(units.stream().map(Area::id).toList(), period.toString());
        LocalDate deadline = calendar.deadline(period);
        Set<Long> owing = due(units.stream().map(Area::id).toList(), period).keySet();
        return units.stream()
                .map(unit -> {
                    ReportRows.Submission s = submissions.get(unit.id());
                    ReportState state = s == null ? ReportState.DRAFT : s.state();
                    Instant submitted = s == null ? null : s.lastSubmittedAt();
                    return Timeliness.judge(unit, owing.contains(unit.id()), state, submitted, deadline, today);
                })
                .toList();
    }
}
