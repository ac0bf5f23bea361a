// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * The resource of a {@code .ssf} file. Xtext's resource builds the full "unresolved name" message,
 * suggestions included, for every reference it resolves once the file has any error, only to find the
 * diagnostic to remove; one typo then costs a scope listing per reference in the file. Here a resolved
 * reference removes the linking diagnostic of its own node, found by identity, and no message is built.
 */
public class SsfResource extends LazyLinkingResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (!removeOf(getErrors(), node)) {
			removeOf(getWarnings(), node);
		}
	}

	@Override
	protected Diagnostic createDiagnostic(Triple<EObject, EReference, INode> triple, DiagnosticMessage message) {
		return new LinkingDiagnostic(triple.getThird(), message.getMessage(), message.getIssueCode(),
				message.getIssueData());
	}

	private static boolean removeOf(List<Diagnostic> diagnostics, INode node) {
		for (Iterator<Diagnostic> it = diagnostics.iterator(); it.hasNext();) {
			if (it.next() instanceof LinkingDiagnostic linking && linking.node() == node) {
				it.remove();
				return true;
			}
		}
		return false;
	}

	/** A linking diagnostic that tells the node it is about. */
	static final class LinkingDiagnostic extends XtextLinkingDiagnostic {

		LinkingDiagnostic(INode node, String message, String code, String... data) {
			super(node, message, code, data);
		}

		INode node() {
			return getNode();
		}
	}
}
