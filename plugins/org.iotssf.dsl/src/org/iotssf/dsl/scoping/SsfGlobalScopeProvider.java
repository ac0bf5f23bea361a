// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The global scope in an editor: the names of the workspace's files, then those of the built-in
 * libraries, so that {@code uses method iotssf.default} and catalog items resolve in any workspace, as
 * they do on the command line.
 */
public class SsfIdeGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinLibraryIndex libraries;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		IScope workspace = super.getScope(resource, ignoreCase, type, filter);
		IScope builtin = SelectableBasedScope.createScope(IScope.NULLSCOPE, libraries.get(), filter, type, ignoreCase);
		return new FallbackScope(workspace, builtin);
	}
}
