// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.iotssf.analysis.output.SourceLocator;

/** Locates model objects in their .ssf text, naming files as the user gave them. */
final class XtextLocator implements SourceLocator {

	private final Map<URI, String> displayNames = new HashMap<>();

	XtextLocator(SsfWorkspace.Loaded loaded) {
		loaded.files().stream().filter(f -> f.resource() != null)
				.forEach(f -> displayNames.put(f.resource().getURI(), f.source().display()));
	}

	@Override
	public Location locate(EObject object) {
		if (object == null || object.eResource() == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		URI uri = object.eResource().getURI();
		return new Location(displayNames.getOrDefault(uri, uri.toString()), position.getLine(), position.getColumn());
	}
}
