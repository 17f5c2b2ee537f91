/**
 * Tài khoản và quyền: who may read, enter, submit and approve the figures of which units — an account
 * is bound to a unit, its rights reach the unit's descendants, a department's also its sectors.
 */
@ApplicationModule(
        displayName = "Tài khoản",
        allowedDependencies = {"area", "indicator", "shared :: web"})
package vn.ktxh.account;

import org.springframework.modulith.ApplicationModule;
