/**
 * Adapters that keep the library's results in a database (数据库适配). The durable report ledger lives in
 * {@link org.communityprevention.jdbc.ledger}; no domain module depends on this one.
 */
package org.communityprevention.jdbc;
