package vn.ktxh.task;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ktxh.account.StartPage;

/** An agency's officer signs in to its tasks: that is its whole work in the system. */
@Component
class AgencyStartPage implements StartPage {

    private final Tasks tasks;

    AgencyStartPage(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> of(String username) {
        return tasks.worksOnTasksOnly(username) ? Optional.of("/nhiem-vu") : Optional.empty();
    }
}
