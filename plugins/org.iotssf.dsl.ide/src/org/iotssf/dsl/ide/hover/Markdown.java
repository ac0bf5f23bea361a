// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.hover;

import org.iotssf.model.support.Text;

/** Model text inside hover Markdown: inert, on one line, and not too long. */
final class Markdown {

	private static final int MAX_CHARS = 400;

	private Markdown() {
	}

	/**
	 * Escapes every character Markdown or HTML would interpret inside a line (the text never starts one), and
	 * keeps the text on one line.
	 */
	static String text(String text) {
		if (text == null) {
			return "";
		}
		String clipped = Text.clip(text, MAX_CHARS);
		StringBuilder out = new StringBuilder(clipped.length() + 16);
		for (int i = 0; i < clipped.length(); i++) {
			char c = clipped.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				out.append(' ');
			} else if (c == '<') {
				out.append("&lt;");
			} else if (c == '>') {
				out.append("&gt;");
			} else if (c == '&') {
				out.append("&amp;");
			} else {
				if ("\\`*_[]|~".indexOf(c) >= 0) {
					out.append('\\');
				}
				out.append(c);
			}
		}
		return out.toString();
	}
}
