// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.parser;

/** Line ends of model text: CR, LF and CRLF are all accepted. */
public final class LineEnds {

	private LineEnds() {
	}

	/**
	 * The text with every carriage return that is not followed by a line feed replaced by a line feed;
	 * the same instance when there is none. The length, and so every offset, is unchanged.
	 */
	public static String loneCarriageReturnsAsLineFeeds(String text) {
		int cr = text.indexOf('\r');
		while (cr >= 0 && cr + 1 < text.length() && text.charAt(cr + 1) == '\n') {
			cr = text.indexOf('\r', cr + 2);
		}
		if (cr < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = cr; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new String(chars);
	}
}
