/**
 * Runnable Flink jobs over JSON Lines files (可部署作业): submit the module's jar with {@code flink run -c} and one of
 * these classes. A platform reading Kafka instead builds its own job around the topologies.
 */
package org.communityprevention.flink.job;
