// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.formatting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.iotssf.model.Axis;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/**
 * The one layout of .ssf text. Declarations and block members start their own lines, indented one tab per
 * enclosing block; blank lines between them are kept up to one. Inside a declaration, the user's line breaks
 * are kept where a clause starts (a keyword such as {@code maker}, {@code evidence}, a rating) or after a
 * comma, and put on one continuation indent; every other gap becomes one space, or none around punctuation.
 * Comments stay where they are. A file with syntax errors is left as it is, so that formatting never moves
 * text the parser did not understand.
 */
public class SsfFormatter extends AbstractJavaFormatter {

	@Override
	protected void _format(XtextResource resource, IFormattableDocument document) {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			return;
		}
		super._format(resource, document);
	}

	protected void format(SsfModel model, IFormattableDocument document) {
		IEObjectRegion region = regionForEObject(model);
		if (region == null) {
			return;
		}
		Layout layout = new Layout(this, document);
		List<EObject> children = model.eContents();
		for (int i = 0; i < children.size(); i++) {
			EObject child = children.get(i);
			IHiddenRegion before = previousHiddenRegion(child);
			if (i == 0 && !before.containsComment()) {
				document.set(before, hidden -> hidden.noSpace());
			} else {
				layout.newLines(before, 1, 2);
			}
			document.format(child);
		}
		if (!children.isEmpty()) {
			layout.newLines(nextHiddenRegion(children.get(children.size() - 1)), 1, 1);
		}
	}

	protected void format(SystemModel system, IFormattableDocument document) {
		block(system, document);
	}

	protected void format(Method method, IFormattableDocument document) {
		block(method, document);
	}

	protected void format(Catalog catalog, IFormattableDocument document) {
		block(catalog, document);
	}

	protected void format(Axis axis, IFormattableDocument document) {
		block(axis, document);
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return VerbatimCommentReplacer.of(comment, super.createCommentReplacer(comment));
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new CommentAwareHiddenRegionReplacer(region, formatting);
	}

	/** Every other declaration, and every nested part of one: a head followed by clauses. */
	@Override
	protected void _format(EObject declaration, IFormattableDocument document) {
		Layout layout = new Layout(this, document);
		for (ISemanticRegion token : semanticRegions(declaration)) {
			layout.spaceBefore(token, declaration);
			layout.compact(token);
		}
		for (EObject part : declaration.eContents()) {
			layout.spaceBefore(part);
			document.format(part);
		}
		if (Layout.isMember(declaration)) {
			layout.continuation(declaration, null);
		}
	}

	/** A declaration with a head, then members in braces, one per line. */
	private void block(EObject owner, IFormattableDocument document) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		Layout layout = new Layout(this, document);
		if (open == null || close == null) {
			_format(owner, document);
			return;
		}
		for (ISemanticRegion token : semanticRegions(owner)) {
			if (token == close) {
				layout.newLines(token.getPreviousHiddenRegion(), 1, 1);
			} else if (isInside(token, open, close) && layout.startsMember(token)) {
				layout.memberLine(token.getPreviousHiddenRegion(), open);
			} else {
				layout.spaceBefore(token, owner);
			}
			layout.compact(token);
		}
		for (EObject member : owner.eContents()) {
			layout.memberLine(previousHiddenRegion(member), open);
			document.format(member);
		}
		document.interior(open, close, hidden -> hidden.indent());
		layout.continuation(owner, open);
	}

	private static boolean isInside(ISemanticRegion token, ISemanticRegion open, ISemanticRegion close) {
		return token != null && token.getOffset() > open.getOffset() && token.getOffset() < close.getOffset();
	}

	/** Exposes the region helpers to {@link Layout}. */
	ISemanticRegion firstToken(EObject object) {
		IEObjectRegion region = regionForEObject(object);
		return region == null ? null : region.getPreviousHiddenRegion().getNextSemanticRegion();
	}

	IEObjectRegion region(EObject object) {
		return regionForEObject(object);
	}

	ISemanticRegion lastToken(EObject object) {
		IEObjectRegion region = regionForEObject(object);
		return region == null ? null : region.getNextHiddenRegion().getPreviousSemanticRegion();
	}
}
