package vn.ktxh.guide.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Role;
import vn.ktxh.account.Workplace;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportingCalendar;
import vn.ktxh.shared.Period;

/** Hướng dẫn: what the signed-in role does, step by step, and the deadlines of the reports now being prepared. */
@Controller
class GuidePage {

    /** A report of the calendar: its period, the day figures are closed and the day it is due. */
    record Deadline(Period period, LocalDate cutOff, LocalDate deadline) {}

    private final Workplace workplace;
    private final Cycles cycles;

    GuidePage(Workplace workplace, Cycles cycles) {
        this.workplace = workplace;
        this.cycles = cycles;
    }

    @GetMapping("/huong-dan")
    String show(Actor actor, Model model) {
        Role role = actor.account().map(a -> a.role()).orElse(Role.LEADER);
        model.addAttribute("role", role);
        model.addAttribute("roleName", role.name());
        model.addAttribute("deadlines", deadlines(workplace.today(), cycles.calendar()));
        return "guide/help";
    }

    /** This month's report, this quarter's, the half year's, nine months' and the year's, with their days. */
    static List<Deadline> deadlines(LocalDate today, ReportingCalendar calendar) {
        int y = today.getYear();
        int m = today.getMonthValue();
        List<Period> periods = List.of(
                Period.month(y, m),
                Period.quarter(y, (m - 1) / 3 + 1),
                Period.parse(y + "-H1"),
                Period.parse(y + "-9M"),
                Period.year(y));
        return periods.stream()
                .map(p -> new Deadline(p, calendar.cutOff(p), calendar.deadline(p)))
                .toList();
    }
}
