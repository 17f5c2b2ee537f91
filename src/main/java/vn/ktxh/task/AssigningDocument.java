package vn.ktxh.task;

import java.time.LocalDate;

/** The document that assigned a task: "Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND phường Đoàn Kết". */
public record AssigningDocument(String number, LocalDate date, String issuer) {

    public static final AssigningDocument NONE = new AssigningDocument(null, null, null);
}
