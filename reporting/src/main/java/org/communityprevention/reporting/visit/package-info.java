/**
 * Patrols and home visits (巡逻走访, §1.5): who visited which household or patrolled which grid on which day, and
 * which households and grids are overdue against the policy's interval for the area's risk level
 * ({@code reporting.visitIntervalDays}). Households, grids and staff are opaque ids.
 */
@ValueStyle
package org.communityprevention.reporting.visit;

import org.communityprevention.core.ValueStyle;
