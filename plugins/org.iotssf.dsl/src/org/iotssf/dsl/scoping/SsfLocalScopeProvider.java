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
 * system's scope. The scopes are lazy views on the index,
 * so a cached scope sees names other files add.
 */
public class SsfLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache scopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context.eResource() == null) {
			return super.getScope(context, reference);
		}
		EObject container = context;
		while (container != null && !isContainer(container)) {
			container = container.eContainer();
		}
		if (container == null) {
			return super.getScope(context, reference);
		}
		EObject owner = container;
		return scopes.get(Tuples.create(SsfLocalScopeProvider.class, owner, reference), owner.eResource(),
				() -> super.getScope(owner, reference));
	}

	/**
	 * The objects whose named members references are resolved against: a file (with its imports), a
	 * system, a method and a catalog. Any other object (an element, a risk, a flow, a rating) declares no
	 * names a reference could mean and imports nothing, so a reference from it sees exactly the scope of its
	 * nearest container; Xtext would still add a layer per object (its name as a namespace, and a look-up of
	 * its imports), which was a third of linking.
	 */
	private static boolean isContainer(EObject object) {
		return object instanceof SystemModel || object instanceof SsfModel || object instanceof Method || object instanceof Catalog;
	}
}
