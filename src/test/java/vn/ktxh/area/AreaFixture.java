package vn.ktxh.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small map in the shape of Lai Châu's 2025 reorganisation: tỉnh P with huyện D of three communes
 * until 2025-06-30; from 2025-07-01 phường Tân Phong (taking the code of Đông Phong) merges Tân Phong
 * and Đông Phong, and xã San Thàng is split 70/30 between xã Bắc and xã Nam (30/70 for households).
 */
public final class AreaFixture {

    public static final LocalDate OLD = LocalDate.of(2021, 1, 1);
    public static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    public static final LocalDate NEW = LocalDate.of(2025, 7, 1);

    public static final Area PROVINCE = new Area(1, "12", "Lai Châu", AreaKind.PROVINCE, null, OLD, null, false);
    public static final Area DISTRICT =
            new Area(2, "105", "Lai Châu", AreaKind.PROVINCIAL_CITY, 1L, OLD, LAST_OLD_DAY, false);
    public static final Area OLD_TAN_PHONG =
            new Area(3, "03387", "Tân Phong", AreaKind.WARD, 2L, OLD, LAST_OLD_DAY, false);
    public static final Area DONG_PHONG =
            new Area(4, "03408", "Đông Phong", AreaKind.WARD, 2L, OLD, LAST_OLD_DAY, false);
    public static final Area SAN_THANG =
            new Area(5, "03409", "San Thàng", AreaKind.COMMUNE, 2L, OLD, LAST_OLD_DAY, false);
    public static final Area NEW_TAN_PHONG = new Area(6, "03408", "Tân Phong", AreaKind.WARD, 1L, NEW, null, false);
    public static final Area NORTH = new Area(7, "90001", "Bắc", AreaKind.COMMUNE, 1L, NEW, null, true);
    public static final Area SOUTH = new Area(8, "90002", "Nam", AreaKind.COMMUNE, 1L, NEW, null, true);

    public static final String HOUSEHOLDS = "HOUSEHOLDS";

    private AreaFixture() {}

    public static AreaMap map() {
        LineageEvent merge = new LineageEvent(1, LineageEvent.Kind.MERGE, NEW, "Nghị quyết 1670/NQ-UBTVQH15");
        LineageEvent split = new LineageEvent(2, LineageEvent.Kind.SPLIT, NEW, "Nghị quyết thử");
        return new AreaMap(
                List.of(PROVINCE, DISTRICT, OLD_TAN_PHONG, DONG_PHONG, SAN_THANG, NEW_TAN_PHONG, NORTH, SOUTH),
                List.of(merge, split),
                List.of(
                        new AreaMap.Link(1, 3, 6, BigDecimal.ONE, Map.of()),
                        new AreaMap.Link(1, 4, 6, BigDecimal.ONE, Map.of()),
                        new AreaMap.Link(2, 5, 7, new BigDecimal("0.7"), Map.of(HOUSEHOLDS, new BigDecimal("0.3"))),
                        new AreaMap.Link(2, 5, 8, new BigDecimal("0.3"), Map.of(HOUSEHOLDS, new BigDecimal("0.7")))));
    }
}
