package vn.ktxh.document.storage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ktxh.document.PercentPrecision;

/** How a unit's reports are printed: one row per unit that chose, none for one that keeps the default. */
@Repository
public class ReportSettingsRows {

    private final JdbcClient db;

    ReportSettingsRows(JdbcClient db) {
        this.db = db;
    }

    /** The unit's precision of "% kế hoạch"; one decimal when it never chose. */
    public PercentPrecision precision(long areaId) {
        return db.sql("select percent_decimals from report_settings where area_id = :area")
                .param("area", areaId)
                .query(Integer.class)
                .optional()
                .map(PercentPrecision::ofDecimals)
                .orElse(PercentPrecision.ONE_DECIMAL);
    }

    public void save(long areaId, PercentPrecision precision, String user) {
        db.sql("""
                insert into report_settings (area_id, percent_decimals, updated_by, updated_at)
                values (:area, :decimals, :user, now())
                on conflict (area_id) do update
                   set percent_decimals = excluded.percent_decimals, updated_by = excluded.updated_by, updated_at = now()
                """)
                .param("area", areaId)
                .param("decimals", precision.decimals())
                .param("user", user)
                .update();
    }
}
