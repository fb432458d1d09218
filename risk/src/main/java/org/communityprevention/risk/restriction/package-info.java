/**
 * What a risk level restricts in a village or community: villagers'/residents' meetings (§3.5) and weddings, funerals
 * and banquets (§3.3). The rooms of community service facilities (§5.5) are decided once, by the services module's
 * {@code FacilityRules}. Each rule has a fast form for the hot path
 * and an explained form returning a {@link org.communityprevention.core.decision.Decision}; both come from one
 * definition. The thresholds are {@code activities.*} of the policy.
 */
@ValueStyle
package org.communityprevention.risk.restriction;

import org.communityprevention.core.ValueStyle;
