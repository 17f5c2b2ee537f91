package vn.ktxh.account;

import java.util.List;

/** An account to create; the password is given in clear once and only its hash is kept. */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        String areaCode,
        List<String> sectors,
        String password,
        boolean demo) {}
