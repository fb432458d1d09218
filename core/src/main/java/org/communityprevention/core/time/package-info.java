/**
 * Time as an input: the Beijing reporting day and half-open date windows. Nothing here reads the system clock;
 * "today" always comes from a caller-supplied {@link java.time.Clock}.
 */
@ValueStyle
package org.communityprevention.core.time;

import org.communityprevention.core.ValueStyle;
