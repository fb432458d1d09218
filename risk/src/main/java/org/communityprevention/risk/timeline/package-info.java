/**
 * Risk timelines (风险等级时间线): an area's level day by day with every transition (from, to, effective date,
 * cause, reasons), as an incremental fold ({@link org.communityprevention.risk.timeline.TimelineState} plus one day of
 * {@link org.communityprevention.risk.designation.DayFacts facts} gives the next state) and as a batch over the whole
 * history; the two agree exactly. Upgrades take effect the day the facts arrive; downgrades step down one tier after
 * the policy's consecutive clean days, and a new case restarts the countdown. Official designations override, and
 * where they depart from the policy the timeline says so as {@link org.communityprevention.risk.timeline.DesignationFinding
 * findings}. A {@link org.communityprevention.risk.timeline.RiskMap} gives a village's effective level under
 * {@code risk.governingLevel}.
 */
@ValueStyle
package org.communityprevention.risk.timeline;

import org.communityprevention.core.ValueStyle;
