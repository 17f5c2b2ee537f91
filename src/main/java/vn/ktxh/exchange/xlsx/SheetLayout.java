package vn.ktxh.exchange.xlsx;

import java.util.List;

/** The template's layout, shared by the writer and the reader so that they cannot drift apart. */
final class SheetLayout {

    static final String SHEET = "Số liệu";
    static final String STAMP_SHEET = "_ktxh";
    static final String AREA_LABEL = "Mã đơn vị";
    static final String PERIOD_LABEL = "Kỳ báo cáo";
    static final int AREA_ROW = 1; // 0-based: Excel row 2
    static final int PERIOD_ROW = 2; // Excel row 3
    static final int HEADER_ROW = 5; // Excel row 6
    /** How far the reader looks for the heading row, should a user have inserted a line above it. */
    static final int HEADER_SEARCH_ROWS = 30;

    static final String NUMBER = "STT";
    static final String CODE = "Mã chỉ tiêu";
    static final String NAME = "Chỉ tiêu";
    static final String UNIT = "ĐVT";
    static final String TARGET = "Kế hoạch";
    static final String ESTIMATE = "Ước thực hiện";
    static final String FINAL = "Thực hiện";
    static final String NOTE = "Ghi chú";
    static final List<String> HEADINGS = List.of(NUMBER, CODE, NAME, UNIT, TARGET, ESTIMATE, FINAL, NOTE);
    /** Column widths in characters, so that names and Vietnamese numbers read without resizing. */
    static final int[] WIDTHS = {6, 12, 60, 16, 16, 16, 16, 36};

    static final String KEY_VERSION = "version";
    static final String KEY_AREA = "area";
    static final String KEY_VALID_FROM = "areaValidFrom";
    static final String KEY_PERIOD = "period";
    static final String KEY_SIGNATURE = "signature";

    private SheetLayout() {}

    static int column(String heading) {
        return HEADINGS.indexOf(heading);
    }
}
