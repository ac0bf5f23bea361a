// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;

/**
 * Xtext's scoping by qualified names and imports, with the scope of each container (file, system,
 * method, catalog) built once per reference kind until its file changes, instead of once per
 * reference: in a system of a thousand elements, every reference to a domain or an element shares the
 * system's scope, and only the innermost layer is built for it. The scopes are lazy views on the index,
 * so a cached scope sees names other files add.
 */
public class SsfLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache scopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context.eResource() != null && (context instanceof SystemModel || context instanceof SsfModel
				|| context instanceof Method || context instanceof Catalog)) {
			return scopes.get(Tuples.create(SsfLocalScopeProvider.class, context, reference), context.eResource(),
					() -> super.getScope(context, reference));
		}
		return super.getScope(context, reference);
	}
}
