package vn.ktxh.plan;

import java.time.LocalDate;

/** The document that sets or adjusts targets: "Quyết định số 1758/QĐ-UBND ngày 20/12/2023 của UBND tỉnh". */
public record Decision(String number, LocalDate date, String issuer) {}
