/**
 * Holiday returnees (返乡人员, §2.3): the registration of a person coming home for the Spring Festival, the origin's
 * risk level, the pre-return nucleic acid test and the health code shown on arrival, the health monitoring counted
 * from the actual return day that ends early when the person leaves again, the findings a village acts on, and the
 * day's figures of a village's daily report.
 */
@ValueStyle
package org.communityprevention.core.returnee;

import org.communityprevention.core.ValueStyle;
