package vn.ktxh.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** A system started without demo data gets an administrator on its first start (the password appears once, in the log). */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final Accounts accounts;
    private final boolean demoData;
    private final boolean commandLine;

    FirstAdministrator(Accounts accounts, Environment env) {
        this.accounts = accounts;
        this.demoData = "true".equals(env.getProperty("ktxh.demo-data", "true"));
        this.commandLine = env.getProperty("ktxh.command-line", Boolean.class, false);
    }

    /** Not for a command-line run (a report), which only reads. */
    @Override
    public void run(ApplicationArguments args) {
        if (!demoData && !commandLine) {
            accounts.ensureAdministrator();
        }
    }
}
