/**
 * The data folder and its SQLite database: connections, transactions, numbered migrations, backups, the
 * settings store and the shared Jackson mapper. No JavaFX and no feature code here; each feature's
 * repository owns its own SQL.
 */
package com.afterdesk.storage;
