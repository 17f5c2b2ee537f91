package vn.ktxh.cycle;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ktxh.data.FigureLocks;

/** The reporting cycle's answer to the data module's lock port: a figure is open while its report is. */
@Component
class ReportLocks implements FigureLocks {

    private final Cycles cycles;

    ReportLocks(Cycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void requireOpen(Collection<Report> reports, String toDo) {
        cycles.requireOpen(
                reports.stream()
                        .map(r -> new Cycles.ReportKey(r.areaId(), r.period()))
                        .collect(Collectors.toSet()),
                toDo);
    }
}
