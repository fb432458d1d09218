/**
 * Daily and zero reports (日报告、零报告) and what follows from them: completeness and timeliness of any division
 * node, concealment and under-reporting signals (不漏报、不瞒报), a provincial implementation summary, and the
 * readiness of duty rosters, supplies and staff (§1.5–§1.7, §2.3, §6.3–§6.5, §6.7 of 民发〔2021〕11号).
 */
@ValueStyle
package org.communityprevention.reporting;

import org.communityprevention.core.ValueStyle;
