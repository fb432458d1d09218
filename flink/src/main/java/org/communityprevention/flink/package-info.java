/**
 * Apache Flink adapter of the library (分布式计算适配): the daily-report stream rolled up to every division level
 * ({@link org.communityprevention.flink.reporting}) and the overnight population classification
 * ({@link org.communityprevention.flink.population}). The operators are thin wrappers around the library's pure
 * functions; no domain module depends on this one.
 */
package org.communityprevention.flink;
