package com.afterdesk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one JDBC connection (inside a transaction when passed to {@link Database#transaction}). */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
