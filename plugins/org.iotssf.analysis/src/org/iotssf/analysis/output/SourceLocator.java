// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import org.eclipse.emf.ecore.EObject;

/** Says where a model object is written; supplied by the caller, which knows the text (the analysis does not). */
@FunctionalInterface
public interface SourceLocator {

	/** A position in a source file; line and column start at 1. */
	record Location(String file, int line, int column) {
		@Override
		public String toString() {
			return file + ":" + line + ":" + column;
		}
	}

	/** The location of the object, or null when it has none. */
	Location locate(EObject object);
}
