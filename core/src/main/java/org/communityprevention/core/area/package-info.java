/**
 * Areas as the rules see them: the {@link org.communityprevention.core.area.RiskLevel risk level} (低/中/高) and the
 * §1.8 {@link org.communityprevention.core.area.AreaProfile profile} of a village or community.
 */
@ValueStyle
package org.communityprevention.core.area;

import org.communityprevention.core.ValueStyle;
