/**
 * Explained decisions: an outcome, the {@link org.communityprevention.core.decision.Reason reasons} behind it with
 * the clauses they cite, and the policy that decided.
 */
@ValueStyle
package org.communityprevention.core.decision;

import org.communityprevention.core.ValueStyle;
