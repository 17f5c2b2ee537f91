package vn.ktxh.account;

/** The roles of the reporting cycle. */
public enum Role {
    COMMUNE_OFFICER("Cán bộ cấp xã"),
    DEPARTMENT_OFFICER("Cán bộ sở, ban, ngành"),
    SYNTHESIS_OFFICER("Cán bộ tổng hợp"),
    LEADER("Lãnh đạo (chỉ xem)"),
    /** Cơ quan phối hợp: works on the tasks it leads or joins; enters no figures and submits no report. */
    AGENCY_OFFICER("Cán bộ cơ quan phối hợp"),
    ADMINISTRATOR("Quản trị hệ thống");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
