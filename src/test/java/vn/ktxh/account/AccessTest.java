package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktxh.area.AreaFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktxh.area.AreaFixture;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Indicator;

class AccessTest {

    private static final Indicator SCHOOLS = indicator("giáo dục");
    private static final Indicator REVENUE = indicator("tài chính ngân sách");

    private static Indicator indicator(String sector) {
        return AnIndicator.code("X")
                .named("Chỉ tiêu")
                .in("trường")
                .ofSector(sector)
                .build();
    }

    private static Access of(Role role, Long area, String... sectors) {
        return new Access(
                new Account("u", "U", role, area, List.of(sectors), "x", false, true, 0, null), AreaFixture.map());
    }

    @Test
    void aCommuneOfficerWorksOnlyOnItsOwnCommune() {
        Access officer = of(Role.COMMUNE_OFFICER, DONG_PHONG.id());
        assertThat(officer.canRead(DONG_PHONG)).isTrue();
        assertThat(officer.canEnter(DONG_PHONG, REVENUE)).isTrue();
        assertThat(officer.canSubmit(DONG_PHONG)).isTrue();
        assertThat(officer.canRead(SAN_THANG)).isFalse();
        assertThat(officer.canEnter(SAN_THANG, REVENUE)).isFalse();
        assertThat(officer.canRead(DISTRICT)).isFalse();
        assertThat(officer.canApprove(DONG_PHONG)).isFalse();
    }

    @Test
    void aMergedWardsOfficerReadsItsPredecessorsButEntersOnlyForItself() {
        Access officer = of(Role.COMMUNE_OFFICER, NEW_TAN_PHONG.id());
        assertThat(officer.canRead(OLD_TAN_PHONG)).isTrue();
        assertThat(officer.canRead(DONG_PHONG)).isTrue();
        assertThat(officer.canEnter(DONG_PHONG, REVENUE)).isFalse();
        assertThat(officer.canRead(SAN_THANG)).isFalse();
    }

    @Test
    void theProvinceSynthesisOfficeReadsAndApprovesEverythingBelow() {
        Access office = of(Role.SYNTHESIS_OFFICER, PROVINCE.id());
        assertThat(office.canRead(SAN_THANG)).isTrue();
        assertThat(office.canApprove(SAN_THANG)).isTrue();
        assertThat(office.canApprove(NORTH)).isTrue();
    }

    @Test
    void aLeaderOnlyReads() {
        Access leader = of(Role.LEADER, PROVINCE.id());
        assertThat(leader.canRead(SAN_THANG)).isTrue();
        assertThat(leader.canEnter(PROVINCE, REVENUE)).isFalse();
        assertThat(leader.canSubmit(PROVINCE)).isFalse();
        assertThat(leader.canApprove(SAN_THANG)).isFalse();
    }

    @Test
    void aDepartmentEntersOnlyItsSectors() {
        Access education = of(Role.DEPARTMENT_OFFICER, PROVINCE.id(), "giáo dục");
        assertThat(education.canEnter(PROVINCE, SCHOOLS)).isTrue();
        assertThat(education.canEnter(PROVINCE, REVENUE)).isFalse();
        assertThat(education.canApprove(PROVINCE)).isFalse();
    }

    @Test
    void anAdministratorWithoutAnAreaMayDoEverything() {
        Access admin = of(Role.ADMINISTRATOR, null);
        assertThat(admin.canRead(SAN_THANG)).isTrue();
        assertThat(admin.canEnter(NORTH, REVENUE)).isTrue();
        assertThat(admin.canApprove(PROVINCE)).isTrue();
    }
}
