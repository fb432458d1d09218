/**
 * The resident record line of the batch classification (居民记录行格式), read with the library's {@code Json}.
 */
package org.communityprevention.flink.population.json;
