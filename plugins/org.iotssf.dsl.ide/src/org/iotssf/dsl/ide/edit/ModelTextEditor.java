// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Edits a model through EMF, as a diagram editor does, and writes the edit back into the text as the smallest
 * change: what the edit did not touch keeps its text and comments byte for byte; new objects are written by
 * the serializer and laid out by the formatter on lines of their own; references to a renamed object are
 * updated in every file of the resource set. All references are resolved before the edit, so nothing is
 * written from an unresolved proxy.
 */
public class ModelTextEditor {

	@Inject
	private Provider<IChangeSerializer> serializers;

	/**
	 * Applies the modification to the resource's model and returns the new text of every file it changes (the
	 * edited one and those that refer to what was renamed), by URI. The models in memory are edited; the files
	 * are not written.
	 */
	public Map<URI, String> edit(XtextResource resource, Consumer<XtextResource> modification) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		IChangeSerializer serializer = serializers.get();
		serializer.setUpdateCrossReferences(true);
		serializer.setUpdateRelatedFiles(true);
		serializer.addModification(resource, modification::accept);
		Map<URI, String> texts = new LinkedHashMap<>();
		serializer.applyModifications(change -> {
			if (change instanceof ITextDocumentChange text && !text.getReplacements().isEmpty()) {
				texts.put(text.getNewURI(), apply(original(text), text.getReplacements()));
			}
		});
		return texts;
	}

	private static String original(ITextDocumentChange change) {
		return change.getResource().getParseResult().getRootNode().getText();
	}

	/** The text with the replacements (offsets in the original text) applied. */
	static String apply(String text, List<ITextReplacement> replacements) {
		List<ITextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		StringBuilder result = new StringBuilder(text);
		for (ITextReplacement replacement : sorted) {
			result.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
		}
		return result.toString();
	}
}
