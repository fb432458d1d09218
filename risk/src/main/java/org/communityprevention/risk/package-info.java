/**
 * Area risk levels (风险等级) and what follows from them, after the notice 民发〔2021〕11号: designation from case
 * facts and official designations, day-by-day timelines with their transitions, the emergency response of each
 * village or community (§1.4, §1.8, §2.1), the meetings, gatherings and facility rooms a level restricts (§3.3, §3.5,
 * §5.5) and committee elections under prevention (§4.1–§4.7).
 */
@ValueStyle
package org.communityprevention.risk;

import org.communityprevention.core.ValueStyle;
