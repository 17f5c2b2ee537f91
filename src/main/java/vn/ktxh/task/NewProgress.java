package vn.ktxh.task;

/** A progress report as sent: the period ("2026-M11"; empty: the period of the report day), percent, texts. */
public record NewProgress(String period, Integer percent, String text, String problems, String proposals) {}
