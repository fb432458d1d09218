/** Micrometer counters of reports and findings. */
package org.communityprevention.boot.metrics;
