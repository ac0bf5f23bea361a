// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.iotssf.model.IotssfPackage;
import org.iotssf.model.support.Text;

/** Base of the validators composed into {@link SsfValidator}: shared wiring and message helpers. */
public abstract class SsfCheckSupport extends AbstractDeclarativeValidator {

	/** How much of a name a message quotes. */
	private static final int MAX_QUOTED = 80;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(IotssfPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SsfValidator, which is the one registered
	}

	/** "line 12" for an object parsed from text, or "another file" when it has no node there. */
	protected static String where(EObject object, EObject from) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return "elsewhere";
		}
		String line = "line " + node.getStartLine();
		if (from != null && object.eResource() != from.eResource() && object.eResource() != null) {
			return line + " of " + file(object.eResource().getURI(), from.eResource());
		}
		return line;
	}

	/**
	 * A file as a message names it: relative to the folder of the file being checked, so that two files
	 * of the same name in different folders are told apart; absolute when there is no common base.
	 */
	protected static String file(URI other, Resource from) {
		URI relative = from == null ? other : other.deresolve(from.getURI(), true, true, false);
		return relative.isRelative() ? URI.decode(relative.toString()) : other.isFile() ? other.toFileString() : other.toString();
	}

	/** Quotes a name for a message, cut when very long; "(unnamed)" when the text gives no name. */
	protected static String q(String name) {
		return name == null ? "(unnamed)" : "'" + Text.clip(name, MAX_QUOTED) + "'";
	}
}
