// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.scoping.IScope;

/**
 * Linking for one-shot commands: Xtext records every name each file looks up (for an incremental
 * builder to know which files to rebuild when another changes), wrapping every scope to do so. A
 * command that links each file once has no use for the record, so scopes are used as they are.
 */
class BatchLinkingService extends DefaultLinkingService {

	@Override
	protected IScope getScope(EObject context, EReference reference) {
		return getScopeProvider().getScope(context, reference);
	}
}
