package vn.ktxh.account;

import java.util.Optional;

/** The page an account lands on after signing in, when a module knows better than the dashboard (an agency: its tasks). */
public interface StartPage {

    Optional<String> of(String username);
}
