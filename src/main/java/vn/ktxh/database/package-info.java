/**
 * Cơ sở dữ liệu: PostgreSQL — an external server when a datasource URL is configured, otherwise an
 * embedded one whose files live in {@code $KTXH_HOME/db}, so a restart keeps everything.
 */
@ApplicationModule(
        displayName = "Cơ sở dữ liệu",
        allowedDependencies = {})
package vn.ktxh.database;

import org.springframework.modulith.ApplicationModule;
