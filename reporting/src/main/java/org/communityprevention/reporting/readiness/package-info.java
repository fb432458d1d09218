/**
 * Readiness (值守与物资准备): duty rosters around the clock in holidays (§1.5, §1.7), 包片联户 household coverage
 * (§1.5), supplies stocked in full (§6.4), and training, drills and vaccination of staff (§6.3, §6.5).
 */
@ValueStyle
package org.communityprevention.reporting.readiness;

import org.communityprevention.core.ValueStyle;
