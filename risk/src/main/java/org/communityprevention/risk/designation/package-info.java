/**
 * Risk-area designation (风险区划定): the {@link org.communityprevention.core.area.AreaId areas} levels are
 * designated for, the facts that designate them ({@link org.communityprevention.risk.designation.CaseReport case
 * reports} and {@link org.communityprevention.risk.designation.OfficialDesignation official designations}), one
 * area-day's merged {@link org.communityprevention.risk.designation.DayFacts facts}, and the
 * {@link org.communityprevention.risk.designation.DesignationRules rules} a policy compiles to.
 */
@ValueStyle
package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.ValueStyle;
