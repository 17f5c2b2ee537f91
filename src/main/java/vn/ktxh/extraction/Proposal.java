package vn.ktxh.extraction;

import java.math.BigDecimal;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;

/**
 * What reading a document proposes for one of its statements: the catalogue indicator it means ({@code indicator}
 * null and {@code name} the proposed "chỉ tiêu mới" when nothing matches), a target or a figure, the KTXH period
 * ({@code period} null when the text's period has no KTXH form), the value in the indicator's unit, and the form.
 * {@code number} counts the statements from 1, in the order of the document's lines.
 */
public record Proposal(
        int number,
        int line,
        String quote,
        String name,
        String indicator,
        double score,
        Use use,
        Period period,
        String periodAsWritten,
        BigDecimal value,
        BigDecimal ofTotal,
        String unit,
        TargetForm form,
        Period basePeriod,
        String note) {

    public boolean newIndicator() {
        return indicator == null;
    }
}
