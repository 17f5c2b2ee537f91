package vn.ktxh.investment;

import java.util.Arrays;
import vn.ktxh.shared.RejectedInput;

/**
 * Nguồn vốn: where a unit's public investment capital comes from. The national target programmes (Chương trình MTQG)
 * are reported by programme with their investment and recurrent capital together, so they stand outside the total of the
 * investment capital by source, which holds their investment part already.
 */
public enum CapitalSource {
    CENTRAL("Ngân sách trung ương", false),
    PROVINCE("Nguồn vốn tỉnh quản lý", false),
    LOCAL("Nguồn vốn huyện, xã quản lý", false),
    PROGRAMMES_INVESTMENT("Nguồn vốn đầu tư thực hiện các Chương trình MTQG", false),
    ODA("Vốn ODA", false),
    CARRIED_OVER("Nguồn vốn năm trước được phép kéo dài", false),
    OTHER("Nguồn vốn khác", false),
    ETHNIC_MINORITIES("Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", true),
    POVERTY("Chương trình MTQG giảm nghèo bền vững", true),
    NEW_RURAL("Chương trình MTQG xây dựng nông thôn mới", true);

    private final String label;
    private final boolean programme;

    CapitalSource(String label, boolean programme) {
        this.label = label;
        this.programme = programme;
    }

    public String label() {
        return label;
    }

    /** A national target programme, reported apart from the capital by source. */
    public boolean programme() {
        return programme;
    }

    /** The source of that name ("PROVINCE"), refused in words naming the field when there is none. */
    public static CapitalSource of(String name, String field) {
        return Arrays.stream(values())
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new RejectedInput(
                        field,
                        "Nguồn vốn \"%s\" không có trong danh mục (%s)"
                                .formatted(
                                        name,
                                        String.join(
                                                "; ",
                                                Arrays.stream(values())
                                                        .map(CapitalSource::label)
                                                        .toList()))));
    }
}
