/**
 * Typed errors: {@link org.communityprevention.core.validation.Violation violations} that name their field and
 * never carry personal data, the {@link org.communityprevention.core.validation.ValidationException} that carries
 * them, and the {@link org.communityprevention.core.validation.BatchResult} whose counts always add up.
 */
@ValueStyle
package org.communityprevention.core.validation;

import org.communityprevention.core.ValueStyle;
