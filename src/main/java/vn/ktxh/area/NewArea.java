package vn.ktxh.area;

import java.time.LocalDate;

/** A unit to record; the parent is given by its code and resolved for the unit's first day. */
public record NewArea(
        String code,
        String name,
        AreaKind kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        boolean codePlaceholder) {}
