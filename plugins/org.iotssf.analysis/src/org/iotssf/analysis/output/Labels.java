// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.model.Evidence;
import org.iotssf.model.Flow;
import org.iotssf.model.NamedElement;
import org.iotssf.model.SoftwareIdentity;

/** Short names of model objects for output. */
public final class Labels {

	private Labels() {
	}

	/** An element's name, "Source -> Target" for an unnamed flow, an evidence's title, or the object's type. */
	public static String of(EObject object) {
		if (object instanceof Flow flow && flow.getName() == null) {
			return of(flow.getSource()) + (flow.isBidirectional() ? " <-> " : " -> ") + of(flow.getTarget());
		}
		if (object instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		if (object instanceof Evidence evidence) {
			return evidence.getTitle() != null ? evidence.getTitle() : evidence.getKind().getLiteral();
		}
		if (object instanceof SoftwareIdentity software) {
			return software.getKind().getLiteral() + " " + software.getIdentity();
		}
		return object == null ? "?" : object.eClass().getName();
	}
}
