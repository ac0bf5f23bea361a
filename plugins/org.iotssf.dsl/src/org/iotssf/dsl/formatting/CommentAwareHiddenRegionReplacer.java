// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Indents the comments of a gap with the lines around them. Xtext moves a gap's indentation change to the
 * whitespace where its line break goes, which leaves a comment written right after an opening brace one level
 * too far out. Here an indentation takes effect at the start of the gap, so comments after {@code {} sit with
 * the block's members; an outdent before a closing brace takes effect at its end, so a comment before
 * {@code }} still belongs to the block.
 */
final class CommentAwareHiddenRegionReplacer extends HiddenRegionReplacer {

	CommentAwareHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		Integer increase = getFormatting().getIndentationIncrease();
		Integer decrease = getFormatting().getIndentationDecrease();
		WhitespaceReplacer first = (WhitespaceReplacer) replacers.get(0);
		WhitespaceReplacer last = (WhitespaceReplacer) replacers.get(replacers.size() - 1);
		if (increase != null) {
			first.getFormatting().setIndentationIncrease(increase);
		}
		if (decrease != null) {
			ISemanticRegion next = getRegion().getNextSemanticRegion();
			boolean closesBlock = next != null && "}".equals(next.getText());
			(closesBlock ? last : first).getFormatting().setIndentationDecrease(decrease);
		}
	}
}
