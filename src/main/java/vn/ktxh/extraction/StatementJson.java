package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.Locale;
import vn.ktxh.indicator.Direction;

/** One statement as one line of JSON, fields in the order of the benchmark; numbers plain (1595.3, never 1.5953E3), null when absent. */
public final class StatementJson {

    private StatementJson() {}

    public static String of(IndicatorStatement s) {
        StringBuilder out = new StringBuilder(512).append('{');
        field(out, "doc", s.doc());
        out.append(", \"line\": ").append(s.line());
        field(out, "quote", s.quote());
        field(out, "area", s.area());
        field(out, "indicator", s.indicator());
        field(out, "kind", s.kind() == null ? null : s.kind().code());
        field(out, "period", s.period());
        number(out, "value", s.value());
        number(out, "value_max", s.valueMax());
        number(out, "of", s.of());
        field(out, "unit", s.unit());
        field(out, "comparator", s.comparator() == null ? null : s.comparator().code());
        field(out, "direction", s.direction() == null ? null : goldCode(s.direction()));
        number(out, "pct_of_plan", s.pctOfPlan());
        field(out, "plan_ref", s.planRef());
        number(out, "change_pct", s.changePct());
        number(out, "change_abs", s.changeAbs());
        field(out, "change_ref", s.changeRef());
        field(out, "growth_form", s.growthForm() == null ? null : s.growthForm().code());
        field(out, "sector", s.sector());
        if (s.note() != null) {
            field(out, "note", s.note());
        }
        return out.append('}').toString();
    }

    /** The benchmark's spelling of a direction: up, down, none. */
    private static String goldCode(Direction direction) {
        return direction == Direction.NEITHER ? "none" : direction.name().toLowerCase(Locale.ROOT);
    }

    private static void field(StringBuilder out, String name, String value) {
        if (out.length() > 1) {
            out.append(", ");
        }
        out.append('"').append(name).append("\": ");
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void number(StringBuilder out, String name, BigDecimal value) {
        out.append(", \"").append(name).append("\": ");
        if (value == null) {
            out.append("null");
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        out.append((plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString());
    }
}
