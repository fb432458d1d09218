/**
 * Who is eligible for which community service (服务对象认定), §2.6 and §5.1–§5.4.
 *
 * <p>In: a {@link org.communityprevention.services.eligibility.Resident} (core's classification and facts of the
 * person, plus the {@link org.communityprevention.services.eligibility.ServiceNeeds} a village records for services),
 * the core {@link org.communityprevention.core.area.AreaSituation} of the area and the day. Out: the services
 * the person is eligible for, each with the channels offered, the reasons and clauses, and a dispatch priority.
 *
 * <p>{@link org.communityprevention.services.eligibility.ServiceEligibility} decides on a hot path that allocates
 * nothing (a bit mask of {@link org.communityprevention.services.eligibility.Trait traits}, then a bit mask of
 * services) and explains on demand; both paths run the same {@link
 * org.communityprevention.services.eligibility.EligibilityRule} definitions.
 */
@ValueStyle
package org.communityprevention.services.eligibility;

import org.communityprevention.core.ValueStyle;
