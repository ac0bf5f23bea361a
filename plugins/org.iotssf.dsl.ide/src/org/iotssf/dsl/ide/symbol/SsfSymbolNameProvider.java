// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.iotssf.model.Flow;
import org.iotssf.model.NamedElement;

import com.google.inject.Singleton;

/**
 * Outline names: the simple name (the outline shows the nesting), and {@code Source -> Target} for a flow
 * without a name. Parts without a name of their own (ratings, evidence, software) have no entry.
 */
@Singleton
public class SsfSymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Flow flow && flow.getName() == null) {
			return name(flow.getSource()) + (flow.isBidirectional() ? " <-> " : " -> ") + name(flow.getTarget());
		}
		return object instanceof NamedElement named ? named.getName() : null;
	}

	private static String name(NamedElement end) {
		return end == null || end.eIsProxy() || end.getName() == null ? "?" : end.getName();
	}
}
