package vn.ktxh.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;

/**
 * The dashboard's and the evaluation table's parts drawn from the kept evaluation are rendered once and served again, so what they
 * show must follow the data (a new figure is on the next page) and must never carry one account's page into
 * another's (each account still sees its own name and menu around the same parts).
 */
@IntegrationTest
class DashboardPartsTest {

    private static final String USER = "kiểm thử phần trang giữ sẵn";
    private static final Pattern BOARD =
            Pattern.compile("<div id=\"tong-hop\">(.*?)<div id=\"focus\">", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    Figures figures;

    @Autowired
    JdbcClient db;

    @AfterEach
    void removeWhatWasWritten() {
        figures.removeCreatedBy(USER);
    }

    @Test
    void aFigureWrittenIsOnTheNextDashboard() {
        // a unit without parts, with a 2025 target and no figure for it, whose 2025 report is still open
        List<String> unit = db.sql("""
                select y.code, t.indicator_code from area y
                join target t on t.area_id = y.id and t.period = '2025'
                where y.valid_to is null and not exists (select 1 from area c where c.parent_id = y.id)
                  and not exists (select 1 from report_status s where s.area_id = y.id and s.period = '2025')
                  and not exists (select 1 from figure f where f.area_id = y.id and f.period = '2025'
                                  and f.indicator_code = t.indicator_code)
                order by y.code, t.indicator_code limit 1
                """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        Api office = Api.signedInPage(port, "tonghop.laichau");
        String own = "/?area=" + unit.get(0) + "&period=2025&indicator=" + unit.get(1);
        String table = "/danh-gia?area=" + unit.get(0) + "&period=2025";
        String before = office.text(own).body();
        assertThat(before).doesNotContain("73,219");
        assertThat(office.text(table).body()).doesNotContain("73,219");

        figures.store(
                Actor.system(),
                List.of(new FigureInput(
                        unit.get(1), unit.get(0), "2025", "FINAL", new BigDecimal("73.219"), null, null)),
                USER,
                null);

        String after = office.text(own).body();
        assertThat(after).as("the indicator's trend").contains("73,219");
        assertThat(board(after)).as("the counts of met and missed").isNotEqualTo(board(before));
        assertThat(office.text(table).body()).as("the evaluation table").contains("73,219");
    }

    @Test
    void twoAccountsReadTheSamePartsInsideTheirOwnPages() {
        String page = "/?area=12&period=2025";
        String office = Api.signedInPage(port, "tonghop.laichau").text(page).body();
        String administrator = Api.signedInPage(port, "quantri").text(page).body();

        assertThat(office).contains(">tonghop.laichau<").doesNotContain(">quantri<");
        assertThat(administrator).contains(">quantri<").doesNotContain(">tonghop.laichau<");
        assertThat(board(administrator)).isEqualTo(board(office)).contains("id=\"behind\"");
    }

    private static String board(String html) {
        Matcher m = BOARD.matcher(html);
        assertThat(m.find()).as("the board part on the page").isTrue();
        return m.group(1);
    }
}
