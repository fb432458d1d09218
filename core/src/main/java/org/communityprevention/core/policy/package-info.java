/**
 * Policy as data: every number the rules use, versioned, effective-dated and sourced, with the rule that a
 * provincial layer may only tighten its national baseline.
 */
@ValueStyle
package org.communityprevention.core.policy;

import org.communityprevention.core.ValueStyle;
