/**
 * Personal data as types that mask themselves: resident identity numbers (GB 11643), phone numbers and names.
 */
@ValueStyle
package org.communityprevention.core.person;

import org.communityprevention.core.ValueStyle;
