/** JMH benchmarks of the risk module: timelines of 40,000 townships over a year of case facts. */
package org.communityprevention.benchmarks.risk;
