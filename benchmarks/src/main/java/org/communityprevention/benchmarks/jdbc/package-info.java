/** Benchmarks of the JDBC ledger on an embedded PostgreSQL beside the in-memory ledger on the same reports. */
package org.communityprevention.benchmarks.jdbc;
