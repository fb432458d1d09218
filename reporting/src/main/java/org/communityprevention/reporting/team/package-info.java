/**
 * The village's or community's prevention team (村（社区）疫情防控工作体系, §1.1–§1.3): who leads it, who forms its
 * base, who is sent down to it, and which role the notice names is left empty. Members are opaque staff ids, never
 * names or identity numbers.
 */
@ValueStyle
package org.communityprevention.reporting.team;

import org.communityprevention.core.ValueStyle;
