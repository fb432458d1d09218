/** The JSON Lines the jobs write (输出行格式), and the policy files they read. */
package org.communityprevention.flink.job.json;
