/**
 * The register of reporting units over time (填报单位名录): villages and communities opened, closed, merged, renamed
 * and recoded on dates, which decides which unit owes a report on which day. Expected reports are keyed by unit,
 * never by user.
 */
@ValueStyle
package org.communityprevention.reporting.registry;

import org.communityprevention.core.ValueStyle;
