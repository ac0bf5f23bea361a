// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Drops EMF's generic "contains an unresolved proxy" diagnostics: every unresolved name is already
 * reported by the linker, with a message that says what to do.
 */
public class SsfDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
			return;
		}
		super.convertValidatorDiagnostic(diagnostic, acceptor);
	}
}
