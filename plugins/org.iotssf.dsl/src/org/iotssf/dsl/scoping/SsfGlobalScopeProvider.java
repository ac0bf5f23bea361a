// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.iotssf.catalog.BuiltinLibraries;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The global scope: the names of the resource set's files, then, unless the built-in libraries were loaded
 * into it as a whole, those of the libraries. So {@code uses method iotssf.default} and catalog items resolve in a
 * language server's workspace and in any EMF resource set (Sirius opens {@code .ssf} files in its own), as
 * they do on the command line, which loads the libraries into its resource set.
 */
public class SsfGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinLibraryIndex libraries;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		IScope loaded = super.getScope(resource, ignoreCase, type, filter);
		if (BuiltinLibraries.isLoadedInto(resource.getResourceSet())) {
			return loaded;
		}
		IScope builtin = SelectableBasedScope.createScope(IScope.NULLSCOPE, libraries.get(), filter, type, ignoreCase);
		return new FallbackScope(loaded, builtin);
	}
}
