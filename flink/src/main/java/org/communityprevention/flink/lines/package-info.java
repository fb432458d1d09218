/**
 * Numbered text lines (带行号的输入行) read from JSON Lines files, and the lines rejected with their violations, shared
 * by the streaming and the batch jobs.
 */
package org.communityprevention.flink.lines;
