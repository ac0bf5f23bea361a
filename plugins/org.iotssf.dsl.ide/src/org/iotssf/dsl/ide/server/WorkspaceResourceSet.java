// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotssf.catalog.BuiltinLibraries;

/**
 * The resource set of a workspace in the language server: it reads the built-in libraries'
 * {@code iotssf:/} URIs, so references into them resolve. Xtext's builder empties the set between
 * builds without notifications, which leaves the library resources in the set's URI map though no longer
 * in the set; such a stale entry is dropped and the library read again.
 */
public class WorkspaceResourceSet extends XtextResourceSet {

	public WorkspaceResourceSet() {
		BuiltinLibraries.install(this);
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		Resource resource = super.getResource(uri, loadOnDemand);
		if (resource != null && resource.getResourceSet() != this && BuiltinLibraries.isBuiltin(uri)) {
			getURIResourceMap().values().remove(resource);
			normalizationMap.remove(uri);
			return super.getResource(uri, loadOnDemand);
		}
		return resource;
	}
}
