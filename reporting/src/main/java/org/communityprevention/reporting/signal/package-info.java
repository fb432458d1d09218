/**
 * Concealment and under-reporting signals (瞒报、漏报线索, §2.3): reports that disagree with facts the caller knows.
 * Each signal is a finding with its reason and clause, never a verdict.
 */
@ValueStyle
package org.communityprevention.reporting.signal;

import org.communityprevention.core.ValueStyle;
