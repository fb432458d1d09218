/** Benchmarks of the Flink adapter beside the in-memory library on the same events. */
package org.communityprevention.benchmarks.flink;
