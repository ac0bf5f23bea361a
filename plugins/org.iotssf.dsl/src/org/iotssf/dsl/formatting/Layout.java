// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.formatting;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.iotssf.model.Axis;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/**
 * The spacing decisions of {@link SsfFormatter}, one per gap between two tokens. Where a clause starts is read
 * from the grammar: a keyword or a nested part that begins an optional or repeated group, or one of the
 * alternatives of a repeated choice ({@code ( 'maker' … | 'owner' … )*}).
 */
final class Layout {

	/** Tokens written without a space before them. */
	private static final Set<String> CLOSERS = Set.of(",", ")", ":", ".", ".*", "-", "%");
	/** Tokens written without a space after them. */
	private static final Set<String> OPENERS = Set.of("(", ".", "-");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final SsfFormatter formatter;
	private final IFormattableDocument document;

	Layout(SsfFormatter formatter, IFormattableDocument document) {
		this.formatter = formatter;
		this.document = document;
	}

	/** Objects that start their own line: top-level declarations and the members of a block. */
	static boolean isMember(EObject object) {
		EObject container = object.eContainer();
		return container instanceof SsfModel || container instanceof SystemModel || container instanceof Method
				|| container instanceof Catalog || container instanceof Axis;
	}

	/** The gap before a token of {@code owner}; the gap before its first token belongs to its container. */
	void spaceBefore(ISemanticRegion token, EObject owner) {
		if (token != formatter.firstToken(owner)) {
			decide(token.getPreviousHiddenRegion(), startsClause(token));
		}
	}

	/** The gap before a nested part, such as an evidence of a measure or a rating of a risk. */
	void spaceBefore(EObject part) {
		IEObjectRegion region = formatter.region(part);
		if (region != null) {
			decide(region.getPreviousHiddenRegion(), region.getGrammarElement() instanceof AbstractElement element
					&& startsClause(element));
		}
	}

	/** A member's own line: right after the brace, or after a previous member with at most one blank line. */
	void memberLine(IHiddenRegion region, ISemanticRegion open) {
		newLines(region, 1, region.getPreviousSemanticRegion() == open ? 1 : 2);
	}

	/**
	 * Between {@code min} and {@code max} line ends, keeping the user's count in that range. A line comment
	 * ends with its own line end, which Xtext subtracts from the count; it is added back here so that the blank
	 * line after a comment is kept like any other.
	 */
	void newLines(IHiddenRegion region, int min, int max) {
		List<ITextSegment> parts = region.getAlternatingMergedSpaceAndComments();
		int separator = separator(parts);
		if (separator > 0 && parts.get(separator - 1) instanceof IComment comment && comment.getText().endsWith("\n")) {
			int own = parts.get(separator).getLineCount() - 1;
			int exact = 1 + Math.max(min - 1, Math.min(own, max - 1));
			document.set(region, hidden -> hidden.setNewLines(exact));
		} else {
			document.set(region, hidden -> hidden.setNewLines(min, min, max));
		}
	}

	/** The whitespace Xtext applies a region's line ends to: the first one at or after a line break. */
	private static int separator(List<ITextSegment> parts) {
		int last = -1;
		for (int i = 0; i < parts.size(); i++) {
			if (!(parts.get(i) instanceof IComment)) {
				if (parts.get(i).isMultiline()) {
					return i;
				}
				last = i;
			}
		}
		return last;
	}

	/**
	 * Continuation lines of an object are indented once more than its first line: from its first token to its
	 * end, or for a block, to its opening brace.
	 */
	void continuation(EObject object, ISemanticRegion open) {
		ISemanticRegion first = formatter.firstToken(object);
		ISemanticRegion last = formatter.lastToken(object);
		if (first == null || last == null || first == last) {
			return;
		}
		IHiddenRegion end = open != null ? open.getPreviousHiddenRegion() : last.getNextHiddenRegion();
		if (end.getPreviousSemanticRegion() != null && end.getOffset() > first.getOffset()) {
			document.set(first.getNextHiddenRegion(), end, hidden -> hidden.indent());
		}
	}

	/**
	 * Names and dates are single tokens made of parts ({@code iotssf.default}, {@code 2025-04-01}); spaces
	 * between their parts are removed unless a comment sits there.
	 */
	void compact(ISemanticRegion token) {
		String text = token.getText();
		if (GrammarUtil.isDatatypeRuleCall(token.getGrammarElement()) && !text.contains("/")
				&& WHITESPACE.matcher(text).find()) {
			document.addReplacer(new TokenReplacer(token, WHITESPACE.matcher(text).replaceAll("")));
		}
	}

	boolean startsClause(ISemanticRegion token) {
		return token.getGrammarElement() instanceof Keyword keyword && startsClause(keyword);
	}

	private void decide(IHiddenRegion region, boolean clause) {
		String previous = text(region.getPreviousSemanticRegion());
		String next = text(region.getNextSemanticRegion());
		if (region.containsComment()) {
			keepBreak(region);
		} else if (CLOSERS.contains(next) || OPENERS.contains(previous)) {
			document.set(region, hidden -> hidden.noSpace());
		} else if (clause || ",".equals(previous)) {
			keepBreak(region);
		} else {
			document.set(region, hidden -> hidden.oneSpace());
		}
	}

	/** A line break the user wrote stays (on one continuation indent); otherwise one space. */
	private void keepBreak(IHiddenRegion region) {
		if (region.isMultiline()) {
			newLines(region, 1, 1);
		} else {
			document.set(region, hidden -> hidden.oneSpace());
		}
	}

	private static String text(ISemanticRegion token) {
		return token == null ? "" : token.getText();
	}

	/** Whether a grammar element is the first of a clause: walks up while it is the first of its group. */
	static boolean startsClause(AbstractElement element) {
		return clause(element) != null;
	}

	/**
	 * Whether a token starts a member of a block: a clause of the block's own (an alternative of its
	 * repeated choice, or an optional head part such as {@code uses method}), not a clause nested in one of
	 * them (the {@code , building} of {@code sector medical, building}, the {@code share} of
	 * {@code monoculture threshold 3 share 50 %}).
	 */
	boolean startsMember(ISemanticRegion token) {
		if (!(token.getGrammarElement() instanceof Keyword keyword)) {
			return false;
		}
		AbstractElement clause = clause(keyword);
		if (clause == null) {
			return false;
		}
		for (EObject up = clause.eContainer(); up instanceof AbstractElement element; up = up.eContainer()) {
			if (element.getCardinality() != null) {
				return false;
			}
		}
		return true;
	}

	/** The optional or repeated group or choice whose clause a grammar element starts, or null. */
	private static AbstractElement clause(AbstractElement element) {
		AbstractElement current = element;
		while (true) {
			EObject container = current.eContainer();
			if (container instanceof Alternatives choice) {
				if (choice.getCardinality() != null) {
					return choice;
				}
				current = choice;
			} else if (container instanceof Group group) {
				if (group.getElements().get(0) != current) {
					return null;
				}
				if (group.getCardinality() != null) {
					return group;
				}
				current = group;
			} else if (container instanceof Assignment assignment) {
				current = assignment;
			} else {
				return null;
			}
		}
	}

	/** Replaces one token's text. */
	private record TokenReplacer(ISemanticRegion token, String text) implements ITextReplacer {
		@Override
		public ISemanticRegion getRegion() {
			return token;
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			context.addReplacement(token.replaceWith(text));
			return context;
		}
	}
}
