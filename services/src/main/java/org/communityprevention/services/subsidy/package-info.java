/**
 * Subsidies for community workers in medium- and high-risk areas (中高风险地区城乡社区工作者补贴, §6.6): the entitlement
 * of a worker for a claim period from the days they served in each area and the area's risk level on each day. The
 * risk timeline comes in as core {@link org.communityprevention.core.area.RiskLevel} values per area and day.
 */
@ValueStyle
package org.communityprevention.services.subsidy;

import org.communityprevention.core.ValueStyle;
