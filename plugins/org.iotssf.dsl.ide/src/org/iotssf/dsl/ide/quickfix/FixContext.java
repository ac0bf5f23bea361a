// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** Where a diagnostic sits in the text and the model: what a quick fix needs to compute its choices and edits. */
final class FixContext {

	final XtextResource resource;
	final Document document;
	final Diagnostic diagnostic;
	final int offset;

	FixContext(XtextResource resource, Document document, Diagnostic diagnostic) {
		this.resource = resource;
		this.document = document;
		this.diagnostic = diagnostic;
		this.offset = document.getOffSet(diagnostic.getRange().getStart());
	}

	/** The text the diagnostic covers. */
	String text() {
		int end = document.getOffSet(diagnostic.getRange().getEnd());
		return document.getContents().substring(offset, Math.max(offset, end));
	}

	/** The text of the token before the diagnostic's start (comments and whitespace skipped), or "". */
	String previousToken() {
		ILeafNode leaf = leaf();
		if (leaf == null) {
			return "";
		}
		ILeafNode before = leaf;
		do {
			before = before.getOffset() == 0 ? null
					: NodeModelUtils.findLeafNodeAtOffset(leaf.getRootNode(), before.getOffset() - 1);
		} while (before != null && before.isHidden());
		return before == null ? "" : before.getText();
	}

	/** The innermost model object at the diagnostic's start. */
	EObject object() {
		ILeafNode leaf = leaf();
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/** The cross-reference written at the diagnostic's start, or null. */
	CrossReference crossReference() {
		for (INode node = leaf(); node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference reference) {
				return reference;
			}
		}
		return null;
	}

	EReference reference() {
		CrossReference crossReference = crossReference();
		return crossReference == null ? null : GrammarUtil.getReference(crossReference);
	}

	/** Whether the reference is written as a quoted string. */
	boolean quoted() {
		CrossReference crossReference = crossReference();
		return crossReference != null && crossReference.getTerminal() instanceof RuleCall call
				&& "STRING".equals(call.getRule().getName());
	}

	/** The offset just after the text of a feature of an object (its last value for a list). */
	static int endOf(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? -1 : nodes.get(nodes.size() - 1).getEndOffset();
	}

	/** The offset just after an object's text. */
	static int endOf(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		return node == null ? -1 : node.getEndOffset();
	}

	/** The offset just after the first '{' of an object's text, or -1. */
	static int endOfOpeningBrace(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden() && "{".equals(leaf.getText())) {
					return leaf.getEndOffset();
				}
			}
		}
		return -1;
	}

	/** An edit inserting text at an offset. */
	List<TextEdit> insert(int at, String text) {
		Position position = document.getPosition(at);
		List<TextEdit> edits = new ArrayList<>();
		edits.add(new TextEdit(new Range(position, position), text));
		return edits;
	}

	private ILeafNode leaf() {
		return resource.getParseResult() == null ? null
				: NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
	}
}
