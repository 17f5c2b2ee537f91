package vn.ktxh.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktxh.account.Accounts;
import vn.ktxh.area.Areas;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.investment.Investments;
import vn.ktxh.plan.Plans;
import vn.ktxh.task.Agencies;
import vn.ktxh.task.Tasks;

/**
 * Loads the demo data on the first start of an empty database ({@code ktxh.demo-data=true}, the
 * default), in one transaction; {@code ktxh.demo-data=remove} takes the demo plans and figures out again
 * (the reference units and the catalogue stay: they are real). Done once every bean is made and before the web
 * server opens its port, so that nobody signs in to a system whose demo accounts do not exist yet.
 */
@Component
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Areas areas;
    private final Indicators indicators;
    private final Plans plans;
    private final Figures figures;
    private final TransactionTemplate transaction;
    private final String mode;

    private final Accounts accounts;
    private final Agencies agencies;
    private final Tasks tasks;
    private final Investments investments;

    DemoData(
            Areas areas,
            Indicators indicators,
            Plans plans,
            Figures figures,
            Accounts accounts,
            Agencies agencies,
            Tasks tasks,
            Investments investments,
            TransactionTemplate transaction,
            Environment env) {
        this.investments = investments;
        this.accounts = accounts;
        this.agencies = agencies;
        this.tasks = tasks;
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.figures = figures;
        this.transaction = transaction;
        // a command run on an empty database loads the demo data as the server would; it never removes them
        String asked = env.getProperty("ktxh.demo-data", "true");
        this.mode =
                env.getProperty("ktxh.command-line", Boolean.class, false) && asked.equals("remove") ? "none" : asked;
    }

    @Override
    public void afterSingletonsInstantiated() {
        switch (mode) {
            case "true" -> loadIfEmpty();
            case "remove" -> remove();
            default -> log.info("Không nạp dữ liệu mẫu (ktxh.demo-data={})", mode);
        }
    }

    boolean loadIfEmpty() {
        if (!areas.isEmpty()) {
            return false;
        }
        DemoFiles files = new DemoFiles();
        try {
            transaction.executeWithoutResult(status -> {
                new ReferenceUnits(areas, files).load();
                new SeedPlans(indicators, plans, figures, files).load();
                new SeedInvestment(investments, files).load();
                DemoAccounts.create(accounts);
                new SeedTasks(areas, plans, agencies, tasks, files).load();
            });
        } finally {
            areas.reload(); // the in-memory maps must not keep rows of a rolled-back load
            indicators.reload();
        }
        log.info(
                "Đã nạp dữ liệu mẫu: {} đơn vị hành chính, {} chỉ tiêu",
                areas.map().size(),
                indicators.catalogue().size());
        return true;
    }

    void remove() {
        int removedPlans = transaction.execute(status -> {
            figures.removeCreatedBy(SeedPlans.DEMO_USER);
            investments.removeDemo();
            int removed = plans.removeDemoPlans(); // their tasks go with them
            agencies.removeDemo();
            accounts.removeDemoAccounts();
            return removed;
        });
        log.info("Đã gỡ dữ liệu mẫu: {} kế hoạch cùng các chỉ tiêu và số liệu mẫu", removedPlans);
    }
}
