/**
 * Village and community committee elections under prevention (换届选举, §4.1–§4.7): suspension in medium- and
 * high-risk areas until the area is low again (§4.2), participation of candidates and election staff from their
 * health declarations and risk assessments (§4.3), each voter's voting method and the validity of written proxies
 * (§4.4, 村民委员会组织法 Art. 15), and the checks of a polling plan: stations, staggered slots, longer hours, the
 * counting site, supervision, disinfection and preparedness (§4.1, §4.5–§4.7).
 *
 * <p>People are named by the caller's opaque ids (voter, participant), never by names or identity numbers.
 */
@ValueStyle
package org.communityprevention.risk.election;

import org.communityprevention.core.ValueStyle;
