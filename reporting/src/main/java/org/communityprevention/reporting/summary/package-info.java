/**
 * The implementation summary a province forwards to the ministries (贯彻落实情况, §6.7).
 */
@ValueStyle
package org.communityprevention.reporting.summary;

import org.communityprevention.core.ValueStyle;
