// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.ComposedChecks;
import org.iotssf.model.IotssfPackage;

/**
 * The structural checks of the .ssf language, one concern per composed validator. Every issue has a
 * code from {@link IssueCodes} and a message that says what is wrong and what to do.
 */
@ComposedChecks(validators = { NameValidator.class, SystemValidator.class, RiskValidator.class,
		MethodValidator.class, EvidenceValidator.class, ImportValidator.class })
public class SsfValidator extends AbstractSsfValidator {

	/**
	 * The metamodel's package itself, not the generated look-up by namespace URI: this validator registers
	 * while the injector is created, before a standalone setup has put the package in the registry, and the
	 * look-up then gives null, which registered it as the validator of every package, next to EMF's
	 * generic checks (which the runtime module turns off, and which cost a fifth of a check).
	 */
	@Override
	protected List<EPackage> getEPackages() {
		return List.of(IotssfPackage.eINSTANCE);
	}
}
