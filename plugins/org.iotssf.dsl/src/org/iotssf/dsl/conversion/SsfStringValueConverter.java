// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.conversion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.iotssf.model.support.Text;

/**
 * Quoted strings: Java escapes, except that a Unicode escape may not leave half of a surrogate pair
 * (such text cannot be written to any file). The error points at the escape; the value keeps U+FFFD in
 * its place, so the rest of the file is still read.
 */
public class SsfStringValueConverter extends STRINGValueConverter {

	private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u+[dD][89a-fA-F][0-9a-fA-F]{2}");

	@Override
	protected String convertFromString(String literal, INode node) throws ValueConverterWithValueException {
		String value = super.convertFromString(literal, node);
		if (Text.loneSurrogateIndex(value) < 0) {
			return value;
		}
		int at = loneEscape(literal);
		throw new ValueConverterWithValueException("The escape '" + literal.substring(at, Math.min(literal.length(), at + 6))
				+ "' is half of a surrogate pair, which no file can hold; write the character itself, or both halves"
				+ " (for example \\ud83c\\udfe5).", node, replaceLoneSurrogates(value), at, 6, null);
	}

	/** The offset in the literal of the first escape that is half of a pair; 0 when none is found. */
	private static int loneEscape(String literal) {
		Matcher m = SURROGATE_ESCAPE.matcher(literal);
		int from = 0;
		while (m.find(from)) {
			char c = (char) Integer.parseInt(m.group().substring(m.group().length() - 4), 16);
			if (Character.isHighSurrogate(c) && m.end() < literal.length()) {
				Matcher next = SURROGATE_ESCAPE.matcher(literal);
				if (next.find(m.end()) && next.start() == m.end()
						&& Character.isLowSurrogate((char) Integer.parseInt(next.group().substring(next.group().length() - 4), 16))) {
					from = next.end();
					continue;
				}
			}
			return m.start();
		}
		return 0;
	}

	/** The value with every half of a surrogate pair replaced by U+FFFD; whole pairs are kept. */
	private static String replaceLoneSurrogates(String value) {
		StringBuilder b = new StringBuilder(value.length());
		value.codePoints().forEach(c -> b.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
		return b.toString();
	}
}
