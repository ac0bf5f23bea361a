// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A systemic finding or a coverage gap: a stable code, a severity, a one-sentence message, the model
 * object it is located at, the objects involved, and the explanation.
 */
public record Finding(String code, Severity severity, String message, EObject location, List<EObject> involved,
		Explanation explanation) {

	public Finding {
		involved = List.copyOf(involved);
	}
}
