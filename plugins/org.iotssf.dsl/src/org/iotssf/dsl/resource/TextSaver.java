// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import java.io.IOException;

import org.eclipse.xtext.resource.XtextResource;

/**
 * How a model edited through EMF (a Sirius diagram, any EMF tool) is written back as text. Without one, Xtext
 * serializes the whole model. The IDE bundle's implementation, bound in Eclipse, records the edits from the
 * moment the file is read and rewrites only what they changed.
 */
public interface TextSaver {

	/** Called once the resource has been read from its text. */
	void loaded(XtextResource resource);

	/**
	 * The text to write for the resource's current model, or null to let Xtext serialize it.
	 *
	 * @throws IOException when the model cannot be written without losing text (for example a file that did
	 *             not parse, edited in memory); the file then keeps its text
	 */
	String text(XtextResource resource) throws IOException;
}
