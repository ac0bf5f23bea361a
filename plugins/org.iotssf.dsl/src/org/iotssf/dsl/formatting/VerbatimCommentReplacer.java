// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.formatting;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * Comments keep their text as written: a block comment's lines are the user's prose or a commented-out part of
 * a model, not a Javadoc to re-align, and {@code //----} is not {@code // ----}. Only the space around a
 * comment is formatted: it is indented like the line it stands on, and a block comment of several lines stands
 * on lines of its own.
 */
final class VerbatimCommentReplacer {

	private VerbatimCommentReplacer() {
	}

	static ITextReplacer of(IComment comment, ITextReplacer standard) {
		return standard instanceof MultilineCommentReplacer ? new Block(comment) : new Line(comment);
	}

	private static final class Block extends MultilineCommentReplacer {
		Block(IComment comment) {
			super(comment, '*');
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			return context;
		}
	}

	private static final class Line extends SinglelineDocCommentReplacer {
		Line(IComment comment) {
			super(comment, "//");
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			return context;
		}
	}
}
