package vn.ktxh.area;

import java.util.Arrays;
import vn.ktxh.shared.RejectedInput;

/** The kinds of administrative unit, by the level they stand at. */
public enum AreaKind {
    NATION("cả nước", Level.NATION),
    PROVINCE("tỉnh", Level.PROVINCE),
    CENTRAL_CITY("thành phố trực thuộc trung ương", Level.PROVINCE),
    PROVINCIAL_CITY("thành phố", Level.DISTRICT),
    DISTRICT("huyện", Level.DISTRICT),
    TOWN("thị xã", Level.DISTRICT),
    COMMUNE("xã", Level.COMMUNE),
    WARD("phường", Level.COMMUNE),
    TOWNSHIP("thị trấn", Level.COMMUNE),
    SPECIAL_ZONE("đặc khu", Level.COMMUNE);

    /** The three levels, named as the catalogue lists the levels an indicator applies to. */
    public enum Level {
        NATION("cả nước"),
        PROVINCE("tỉnh"),
        DISTRICT("huyện"),
        COMMUNE("xã");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Level level;

    AreaKind(String label, Level level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    public Level level() {
        return level;
    }

    /** The kind a document writes ("phường", "thị trấn"); "thành phố" under a province is the district-level city. */
    public static AreaKind ofLabel(String label) {
        return Arrays.stream(values())
                .filter(k -> k.label.equalsIgnoreCase(label.strip()))
                .findFirst()
                .orElseThrow(
                        () -> new RejectedInput("kind", "Loại đơn vị \"%s\" không có trong danh mục".formatted(label)));
    }
}
