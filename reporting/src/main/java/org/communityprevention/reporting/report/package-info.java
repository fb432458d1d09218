/**
 * Daily reports (日报告) and zero reports (零报告) of a village or community for a Beijing reporting day (§1.6): the
 * report values, the deadline rules taken from the policy, and the ledger that keeps every submission of a unit-day
 * with its revisions and conflicts.
 */
@ValueStyle
package org.communityprevention.reporting.report;

import org.communityprevention.core.ValueStyle;
