package vn.ktxh.publication;

import java.time.Instant;
import java.util.List;
import vn.ktxh.area.Area;
import vn.ktxh.shared.Period;

/**
 * What the portal shows of a unit and period: published (approved, with the moment of publication and its figures),
 * withdrawn (approved once, reopened since), withheld (approved, but the approving office chose not to publish it) or
 * not published (never approved). Only a published one has figures.
 */
public record Publication(
        Area area, Period period, Standing standing, Instant publishedAt, List<PublishedFigure> figures) {

    public enum Standing {
        PUBLISHED("Đã công bố"),
        WITHDRAWN("Đã rút lại, đang sửa"),
        WITHHELD("Cấp phê duyệt chưa công bố"),
        NOT_PUBLISHED("Chưa công bố");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Publication {
        figures = standing == Standing.PUBLISHED ? List.copyOf(figures) : List.of();
    }

    public boolean published() {
        return standing == Standing.PUBLISHED;
    }
}
