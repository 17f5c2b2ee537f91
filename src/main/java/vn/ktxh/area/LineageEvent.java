package vn.ktxh.area;

import java.time.LocalDate;

/** A change of the map on a day, by a legal act: several units merged, one split, renamed, part moved, or
 * kept whole under a new parent (2025: communes left as they were when the districts ended). */
public record LineageEvent(long id, Kind kind, LocalDate effective, String legalBasis) {

    public enum Kind {
        MERGE("sáp nhập"),
        SPLIT("chia tách"),
        RENAME("đổi tên"),
        TRANSFER("điều chỉnh một phần địa giới"),
        CONTINUATION("giữ nguyên, chuyển trực thuộc tỉnh");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
