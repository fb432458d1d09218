/**
 * Service lists for a village or community on a day (村（社区）服务清单): every resident's eligible services and
 * priority, who is on each service's list (chronic-medicine delivery, care visits, …) in dispatch order, counts of
 * residents and households per service, the gaps in the channel plan, and, given capacities, who is served and who
 * waits. Bad records are rejected with their position and the rest are kept.
 */
@ValueStyle
package org.communityprevention.services.village;

import org.communityprevention.core.ValueStyle;
