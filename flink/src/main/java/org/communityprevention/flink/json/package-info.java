/**
 * The JSON Lines edge of the Flink jobs (JSON 行格式): the resident record line of the batch classification, read
 * with the library's {@code Json}.
 */
package org.communityprevention.flink.json;
