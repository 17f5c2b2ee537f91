package vn.ktxh.area;

import java.time.LocalDate;

/**
 * One administrative unit for the span it existed. The same code may belong to another unit in
 * another span (new phường Tân Phong took the code 03408 of the old phường Đông Phong), so a unit is
 * its code together with its validity; {@code validTo} is the last day, null while it still exists.
 */
public record Area(
        long id,
        String code,
        String name,
        AreaKind kind,
        Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        boolean codePlaceholder) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** "phường Tân Phong", as the documents write a unit. */
    public String fullName() {
        return kind == AreaKind.NATION ? name : kind.label() + " " + name;
    }
}
