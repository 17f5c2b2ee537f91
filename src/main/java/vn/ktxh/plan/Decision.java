package vn.ktxh.plan;

import vn.ktxh.area.Area;
import vn.ktxh.shared.FoldedText;

import java.time.LocalDate;

/** The document that sets or adjusts targets: "Quyết định số 1758/QĐ-UBND ngày 20/12/2023 của UBND tỉnh". */
public record Decision(String number, LocalDate date, String issuer) {

    /** "HĐND thành phố Lai Châu" names thành phố Lai Châu; "UBND tỉnh Lai Châu" does not. */
    public boolean namesIssuer(Area area) {
        return issuer != null && FoldedText.fold(issuer).contains(FoldedText.fold(area.fullName()));
    }
}
