package vn.ktxh.cycle.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.cycle.ReportingCalendar;
import vn.ktxh.cycle.Timeliness;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VietnamTime;

@RestController
@RequestMapping("/api/v1")
class CycleApi {

    record EventJson(String from, String to, String by, Instant at, String reason) {}

    record WorkflowJson(
            String area,
            String name,
            String period,
            String state,
            String stateLabel,
            LocalDate coversFrom,
            LocalDate cutOff,
            LocalDate deadline,
            List<EventJson> events) {}

    record TimelinessJson(
            String code,
            String name,
            String state,
            String stateLabel,
            LocalDate deadline,
            Instant submittedAt,
            String verdict,
            String verdictLabel,
            long daysLate) {}

    private final Cycles cycles;
    private final Areas areas;
    private final Accounts accounts;
    private final Clock clock;

    CycleApi(Cycles cycles, Areas areas, Accounts accounts, Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.areas = areas;
        this.accounts = accounts;
    }

    @GetMapping("/reports/{area}/{period}/workflow")
    WorkflowJson workflow(Actor actor, @PathVariable String area, @PathVariable String period) {
        Period p = Period.parse(period);
        Area a = areas.require(area, p, "area");
        actor.requireRead(a);
        ReportingCalendar calendar = cycles.calendar();
        ReportState state = cycles.state(a, p);
        return new WorkflowJson(
                a.code(),
                a.fullName(),
                p.toString(),
                state.name(),
                state.label(),
                calendar.coversFrom(p),
                calendar.cutOff(p),
                calendar.deadline(p),
                cycles.events(a, p).stream()
                        .map(e -> new EventJson(e.from().name(), e.to().name(), e.by(), e.at(), e.reason()))
                        .toList());
    }

    /** Moves the report: {@code submit}, {@code return}, {@code approve} or {@code reopen}; the last two of these need a reason. */
    @PostMapping("/reports/{area}/{period}/workflow/{move}")
    Map<String, String> move(
            Actor actor,
            @PathVariable String area,
            @PathVariable String period,
            @PathVariable String move,
            @RequestBody(required = false) Map<String, String> body) {
        ReportState.Move m;
        try {
            m = ReportState.Move.valueOf(move.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(
                    "move", "Thao tác \"%s\" không có; dùng submit, return, approve hoặc reopen".formatted(move));
        }
        ReportState state = cycles.move(actor, area, Period.parse(period), m, body == null ? null : body.get("reason"));
        return Map.of("state", state.name(), "stateLabel", state.label());
    }

    /** Which units under {@code area} reported the period, in time or late, and which have not by the deadline. */
    @GetMapping("/completeness")
    List<TimelinessJson> completeness(
            Actor actor,
            @RequestParam String area,
            @RequestParam String period,
            @RequestParam(required = false) LocalDate today) {
        return cycles
                .timeliness(actor, area, Period.parse(period), today == null ? VietnamTime.today(clock) : today)
                .stream()
                .map(CycleApi::json)
                .toList();
    }

    private static TimelinessJson json(Timeliness t) {
        return new TimelinessJson(
                t.area().code(),
                t.area().fullName(),
                t.state().name(),
                t.state().label(),
                t.deadline(),
                t.submittedAt(),
                t.verdict().name(),
                t.verdict().label(),
                t.daysLate());
    }
}
