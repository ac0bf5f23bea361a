// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.iotssf.model.IotssfPackage;

/** Base of the validators composed into {@link SsfValidator}: shared wiring and message helpers. */
public abstract class SsfCheckSupport extends AbstractDeclarativeValidator {

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
			return line + " of " + object.eResource().getURI().lastSegment();
		}
		return line;
	}

	/** Quotes a name for a message. */
	protected static String q(String name) {
		return "'" + name + "'";
	}
}
