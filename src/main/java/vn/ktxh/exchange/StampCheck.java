package vn.ktxh.exchange;

import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** A template's stamp must be ours, unaltered, of a unit that still is what it was, and of what the user chose. */
record StampCheck(AreaMap map, String templateKey) {

    void check(FileContents contents, String expectedArea, String expectedPeriod) {
        TemplateStamp stamp = contents.stamp();
        if (!TemplateStamp.VERSION.equals(stamp.version()) || !stamp.signedWith(templateKey)) {
            throw new RejectedInput(
                    "file",
                    "Phần đánh dấu mẫu trong tệp không khớp (mẫu cũ hoặc đã bị sửa); hãy tải lại mẫu từ hệ thống và chép số liệu sang");
        }
        Period period = Period.parse(stamp.period());
        Area area = map.resolve(stamp.areaCode(), stamp.areaValidFrom(), stamp.areaValidFrom())
                .filter(a -> a.validFrom().equals(stamp.areaValidFrom()))
                .orElseThrow(() -> new RejectedInput(
                        "file",
                        "Mẫu dành cho đơn vị mã %s (từ ngày %s), đơn vị này không còn trong danh mục; hãy tải lại mẫu"
                                .formatted(stamp.areaCode(), stamp.areaValidFrom())));
        String made = "%s %s (mã %s), kỳ %s".formatted(area.kind().label(), area.name(), area.code(), period.label());
        if (contents.visibleArea() != null && !contents.visibleArea().equals(stamp.areaCode())
                || contents.visiblePeriod() != null && !contents.visiblePeriod().equals(stamp.period())) {
            throw new RejectedInput(
                    "file",
                    "Phần đầu trang \"Số liệu\" ghi mã đơn vị \"%s\", kỳ \"%s\" nhưng mẫu được tạo cho %s; hãy tải lại mẫu đúng đơn vị và kỳ"
                            .formatted(contents.visibleArea(), contents.visiblePeriod(), made));
        }
        if (expectedArea != null && !expectedArea.equals(area.code())
                || expectedPeriod != null && !expectedPeriod.equals(period.toString())) {
            String wanted = expectedArea == null
                    ? "kỳ " + Period.parse(expectedPeriod).label()
                    : describe(expectedArea, expectedPeriod == null ? period : Period.parse(expectedPeriod));
            throw new RejectedInput(
                    "file",
                    "Tệp là mẫu của %s, không phải của %s đã chọn; hãy tải lên đúng tệp hoặc chọn lại đơn vị và kỳ"
                            .formatted(made, wanted));
        }
        Area current = map.require(stamp.areaCode(), period, "area");
        if (current.id() != area.id()) {
            throw new RejectedInput(
                    "file",
                    "Mẫu dành cho %s nhưng trong kỳ %s mã %s là của %s; hãy tải lại mẫu"
                            .formatted(area.fullName(), period.label(), area.code(), current.fullName()));
        }
    }

    private String describe(String code, Period period) {
        return map.resolve(code, period.firstDay(), period.lastDay())
                .map(a -> "%s (mã %s), kỳ %s".formatted(a.fullName(), a.code(), period.label()))
                .orElse("đơn vị mã %s, kỳ %s".formatted(code, period.label()));
    }
}
