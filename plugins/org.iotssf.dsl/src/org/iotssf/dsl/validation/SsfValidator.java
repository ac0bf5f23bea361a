// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The structural checks of the .ssf language, one concern per composed validator. Every issue has a
 * code from {@link IssueCodes} and a message that says what is wrong and what to do.
 */
@ComposedChecks(validators = { NameValidator.class, SystemValidator.class, RiskValidator.class,
		MethodValidator.class, EvidenceValidator.class, ImportValidator.class })
public class SsfValidator extends AbstractSsfValidator {
}
