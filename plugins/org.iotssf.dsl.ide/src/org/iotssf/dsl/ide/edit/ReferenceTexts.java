// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;

import com.google.inject.Inject;

/**
 * The references whose text no longer names their target, because the target was renamed (in this file or
 * another): each gets the name that refers to the target now. References the edits set themselves, and
 * objects created since the file was read, are written by the serializer and are left out here.
 */
public class ReferenceTexts {

	/** One reference text to replace: where it is in the text read, and what to write instead. */
	public record Replacement(int offset, int length, String text) {
	}

	@Inject
	private ILinkingService linking;

	@Inject
	private ICrossReferenceSerializer names;

	public List<Replacement> stale(XtextResource resource, ChangeDescription changes) {
		List<Replacement> replacements = new ArrayList<>();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (NodeModelUtils.getNode(object) == null) {
				continue;
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
						&& !reference.isTransient() && !setByEdits(changes, object, reference)) {
					stale(object, reference, replacements);
				}
			}
		}
		return replacements;
	}

	private void stale(EObject object, EReference reference, List<Replacement> replacements) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, false)
				: java.util.Collections.singletonList(object.eGet(reference, false));
		if (nodes.size() != targets.size()) {
			return;
		}
		for (int i = 0; i < nodes.size(); i++) {
			INode node = nodes.get(i);
			if (!(targets.get(i) instanceof EObject target) || target.eIsProxy()
					|| !(node.getGrammarElement() instanceof CrossReference crossReference)) {
				continue;
			}
			if (!linking.getLinkedObjects(object, reference, node).contains(target)) {
				String name = names.serializeCrossRef(object, crossReference, target, null, null);
				if (name != null) {
					replacements.add(new Replacement(node.getOffset(), node.getLength(), name));
				}
			}
		}
	}

	private static boolean setByEdits(ChangeDescription changes, EObject object, EReference reference) {
		List<FeatureChange> changed = changes == null ? null : changes.getObjectChanges().get(object);
		return changed != null && changed.stream().anyMatch(c -> c.getFeature() == reference);
	}
}
