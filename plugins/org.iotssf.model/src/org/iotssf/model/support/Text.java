// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cutting model text for display. Text is cut only between user-perceived characters (grapheme
 * clusters): never inside a surrogate pair, and never between a character and its combining marks,
 * variation selectors or emoji joiners.
 */
public final class Text {

	/** What a cut text ends with. */
	public static final String ELLIPSIS = "…";

	private Text() {
	}

	/**
	 * The text shortened to at most {@code maxWidth} columns, wide (CJK, emoji) characters counting two,
	 * ending with "…" when cut; the text itself when it fits.
	 */
	public static String shorten(String text, int maxWidth) {
		if (text == null) {
			return null;
		}
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(text);
		int width = 0;
		int end = 0;
		int keep = 0;
		for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
			width += width(text.codePointAt(end));
			if (width > maxWidth) {
				return text.substring(0, keep) + ELLIPSIS;
			}
			if (width <= maxWidth - 1) {
				keep = next;
			}
			end = next;
		}
		return text;
	}

	/**
	 * The text broken into at most {@code maxLines} lines of at most {@code maxWidth} columns each (wide
	 * characters counting two), between graphemes only: a line ends after a space or a Japanese
	 * punctuation mark when one falls in its second half, else where it is full. The last line is
	 * shortened with "…" when text remains.
	 */
	public static java.util.List<String> wrap(String text, int maxWidth, int maxLines) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		String rest = text == null ? "" : text.strip();
		while (!rest.isEmpty() && lines.size() < maxLines - 1) {
			BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
			graphemes.setText(rest);
			int width = 0;
			int start = 0;
			int full = rest.length();
			int soft = -1;
			for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
				width += width(rest.codePointAt(start));
				if (width > maxWidth) {
					full = start;
					break;
				}
				if (" ：、。）・".indexOf(rest.charAt(next - 1)) >= 0 && width * 2 >= maxWidth) {
					soft = next;
				}
				start = next;
			}
			if (full == rest.length()) {
				break;
			}
			int end = soft > 0 ? soft : Math.max(full, Character.charCount(rest.codePointAt(0)));
			lines.add(rest.substring(0, end).stripTrailing());
			rest = rest.substring(end).stripLeading();
		}
		if (!rest.isEmpty()) {
			lines.add(shorten(rest, maxWidth));
		}
		return lines;
	}

	/**
	 * The text cut to at most {@code maxChars} chars (UTF-16 units) at a grapheme boundary, with "…"
	 * appended when cut, for echoing user input in messages.
	 */
	public static String clip(String text, int maxChars) {
		if (text == null || text.length() <= maxChars) {
			return text;
		}
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(text);
		int max = Math.max(1, maxChars);
		int cut = graphemes.isBoundary(max) ? max : graphemes.preceding(max);
		if (cut == BreakIterator.DONE || cut == 0) {
			cut = Character.isHighSurrogate(text.charAt(0)) && text.length() > 1 ? 2 : 1;
		}
		return text.substring(0, cut) + ELLIPSIS;
	}

	/** The index of the first surrogate that is not part of a pair (such text cannot be encoded), or -1. */
	public static int loneSurrogateIndex(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** The display width of a code point: 2 for East Asian wide characters and emoji, 1 otherwise. */
	public static int width(int codePoint) {
		int c = codePoint;
		boolean wide = c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
				|| c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
				|| c >= 0xffe0 && c <= 0xffe6 || c >= 0x1f300 && c <= 0x1faff || c >= 0x20000 && c <= 0x3fffd);
		return wide ? 2 : 1;
	}
}
