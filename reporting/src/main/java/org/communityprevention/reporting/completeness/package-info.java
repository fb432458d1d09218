/**
 * Completeness and timeliness (报告完整性与及时性) of any division node over any date range: per-day bit columns over
 * unit ordinals, in which every division's subtree is one contiguous range, so a node is counted by counting bits.
 */
@ValueStyle
package org.communityprevention.reporting.completeness;

import org.communityprevention.core.ValueStyle;
