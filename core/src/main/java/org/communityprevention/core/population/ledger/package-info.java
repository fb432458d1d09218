/**
 * The key-population ledger of a village or grid (重点人群台账): counts per category, the worker lists of the day
 * (who to survey, who is under management, whose test is due, whose window ends, who to visit or serve) and the
 * unmanaged findings of §2.3 (杜绝漏管失控): a managed person with no responsible worker, a day without a required
 * check-in, or a test not taken.
 */
@ValueStyle
package org.communityprevention.core.population.ledger;

import org.communityprevention.core.ValueStyle;
