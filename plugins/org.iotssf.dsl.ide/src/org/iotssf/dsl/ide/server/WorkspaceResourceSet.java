// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotssf.catalog.BuiltinLibraries;

/**
 * The resource set of a workspace in the language server: it reads the built-in libraries'
 * {@code iotssf:/} URIs, so references into them resolve.
 */
public class WorkspaceResourceSet extends XtextResourceSet {

	public WorkspaceResourceSet() {
		BuiltinLibraries.install(this);
	}
}
