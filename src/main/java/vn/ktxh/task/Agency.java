package vn.ktxh.task;

/**
 * Cơ quan, đơn vị of an area: a department of the province (Sở Tài chính) or an office of the commune
 * (Phòng Kinh tế, Hạ tầng và Đô thị). The {@code synthesis} agency compiles the area's reports and assigns its tasks.
 */
public record Agency(long id, long areaId, String name, boolean synthesis, String email) {}
