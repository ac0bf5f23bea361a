// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.fuzz;

/** A strict JSON syntax check (RFC 8259), enough to tell valid documents from broken ones. */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** Throws an AssertionError that says where, when the text is not one JSON value. */
	static void check(String name, String text) {
		Json json = new Json(text);
		json.space();
		json.value();
		json.space();
		if (json.at != text.length()) {
			json.fail(name, "trailing text");
		}
	}

	private void value() {
		char c = peek();
		switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true");
			case 'f' -> literal("false");
			case 'n' -> literal("null");
			default -> number();
		}
	}

	private void object() {
		at++;
		space();
		if (peek() == '}') {
			at++;
			return;
		}
		do {
			space();
			string();
			space();
			expect(':');
			space();
			value();
			space();
		} while (take(','));
		expect('}');
	}

	private void array() {
		at++;
		space();
		if (peek() == ']') {
			at++;
			return;
		}
		do {
			space();
			value();
			space();
		} while (take(','));
		expect(']');
	}

	private void string() {
		expect('"');
		while (true) {
			char c = next();
			if (c == '"') {
				return;
			}
			if (c < 0x20) {
				fail("", "control character in a string");
			}
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && at < text.length()
					&& Character.isLowSurrogate(text.charAt(at++)))) {
				fail("", "half of a surrogate pair");
			}
			if (c == '\\') {
				char e = next();
				if (e == 'u') {
					for (int i = 0; i < 4; i++) {
						if (Character.digit(next(), 16) < 0) {
							fail("", "bad \\u escape");
						}
					}
				} else if ("\"\\/bfnrt".indexOf(e) < 0) {
					fail("", "bad escape");
				}
			}
		}
	}

	private void number() {
		int start = at;
		take('-');
		while (at < text.length() && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		if (at == start || !text.substring(start, at).matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
			fail("", "not a value");
		}
	}

	private void literal(String word) {
		if (!text.startsWith(word, at)) {
			fail("", "not a value");
		}
		at += word.length();
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean take(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!take(c)) {
			fail("", "expected '" + c + "'");
		}
	}

	private char peek() {
		if (at >= text.length()) {
			fail("", "unexpected end");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void fail(String name, String why) {
		throw new AssertionError("invalid JSON " + name + " at " + at + ": " + why + " near '"
				+ text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)) + "'");
	}
}
