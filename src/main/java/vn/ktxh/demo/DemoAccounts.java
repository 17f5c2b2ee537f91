package vn.ktxh.demo;

import java.util.List;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.NewAccount;
import vn.ktxh.account.Role;

/**
 * The demo accounts, one per role, all with the password {@value #PASSWORD} (listed in the README).
 * They are refused whenever the system runs without its demo data.
 */
final class DemoAccounts {

    static final String PASSWORD = "demo-ktxh-2025";

    static final List<NewAccount> ALL = List.of(
            account("quantri", "Quản trị (mẫu)", Role.ADMINISTRATOR, null),
            account("tonghop.quocgia", "Bộ Tài chính — tổng hợp kế hoạch quốc gia (mẫu)", Role.SYNTHESIS_OFFICER, "VN"),
            account("lanhdao.quocgia", "Lãnh đạo Chính phủ (mẫu, chỉ xem)", Role.LEADER, "VN"),
            account("tonghop.laichau", "Sở Tài chính tỉnh Lai Châu — tổng hợp (mẫu)", Role.SYNTHESIS_OFFICER, "12"),
            account("lanhdao.laichau", "Lãnh đạo UBND tỉnh Lai Châu (mẫu)", Role.LEADER, "12"),
            new NewAccount(
                    "so.giaoduc",
                    "Sở Giáo dục và Đào tạo (mẫu)",
                    Role.DEPARTMENT_OFFICER,
                    "12",
                    List.of("giáo dục"),
                    PASSWORD,
                    true),
            account(
                    "thanhpho.laichau",
                    "UBND thành phố Lai Châu — tổng hợp (mẫu, đến 30/6/2025)",
                    Role.SYNTHESIS_OFFICER,
                    "105"),
            account("phuong.tanphong", "UBND phường Tân Phong (mẫu)", Role.COMMUNE_OFFICER, "03408"),
            account("phuong.doanket", "UBND phường Đoàn Kết (mẫu)", Role.COMMUNE_OFFICER, "03388"),
            account("vanhoa.doanket", "Phòng Văn hóa - Xã hội phường Đoàn Kết (mẫu)", Role.AGENCY_OFFICER, "03388"),
            account("congan.doanket", "Công an phường Đoàn Kết (mẫu)", Role.AGENCY_OFFICER, "03388"));

    private DemoAccounts() {}

    private static NewAccount account(String username, String name, Role role, String area) {
        return new NewAccount(username, name, role, area, List.of(), PASSWORD, true);
    }

    static void create(Accounts accounts) {
        ALL.forEach(account -> accounts.create(Actor.system(), account));
    }
}
