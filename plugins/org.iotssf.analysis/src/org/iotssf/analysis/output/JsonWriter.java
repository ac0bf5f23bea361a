// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming writer of pretty-printed JSON (two-space indent, "\n" line ends). Output is
 * deterministic: members appear in the order they are written. Written to a sink, the text is passed
 * on in chunks as it grows, so a large document is never held whole in memory.
 */
public final class JsonWriter {

	/** How much text is buffered before it is passed to the sink. */
	private static final int CHUNK = 1 << 16;

	private final StringBuilder out = new StringBuilder();
	private final Deque<Boolean> first = new ArrayDeque<>();
	private final Appendable sink;
	private boolean afterName;

	/** A writer that keeps the document in memory; {@link #toString()} gives it. */
	public JsonWriter() {
		this.sink = null;
	}

	/** A writer that passes the document on to the sink; {@link #finish()} writes the rest. */
	public JsonWriter(Appendable sink) {
		this.sink = sink;
	}

	/** Passes what is buffered and the final line end to the sink. */
	public void finish() {
		out.append('\n');
		drain();
	}

	public JsonWriter beginObject() {
		raw("{");
		first.push(true);
		return this;
	}

	public JsonWriter endObject() {
		return end("}");
	}

	public JsonWriter beginArray() {
		raw("[");
		first.push(true);
		return this;
	}

	public JsonWriter endArray() {
		return end("]");
	}

	/** Writes a member name; the next call writes its value. */
	public JsonWriter name(String name) {
		separate();
		out.append(quote(name)).append(": ");
		afterName = true;
		return this;
	}

	public JsonWriter value(String text) {
		if (text == null) {
			return raw("null");
		}
		return raw(quote(text));
	}

	public JsonWriter value(long number) {
		return raw(Long.toString(number));
	}

	public JsonWriter value(boolean flag) {
		return raw(Boolean.toString(flag));
	}

	public JsonWriter nullValue() {
		return raw("null");
	}

	/** Writes a name and a string value. */
	public JsonWriter field(String name, String text) {
		return name(name).value(text);
	}

	public JsonWriter field(String name, long number) {
		return name(name).value(number);
	}

	public JsonWriter field(String name, boolean flag) {
		return name(name).value(flag);
	}

	/** Writes a name and an array of strings. */
	public JsonWriter field(String name, Iterable<String> texts) {
		name(name).beginArray();
		texts.forEach(this::value);
		return endArray();
	}

	@Override
	public String toString() {
		return out.toString() + "\n";
	}

	private JsonWriter raw(String text) {
		if (!afterName) {
			separate();
		}
		afterName = false;
		out.append(text);
		if (sink != null && out.length() >= CHUNK) {
			drain();
		}
		return this;
	}

	private void drain() {
		if (sink == null) {
			return;
		}
		try {
			sink.append(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.setLength(0);
	}

	private JsonWriter end(String closing) {
		boolean empty = first.pop();
		if (!empty) {
			out.append('\n').append(indent(first.size()));
		}
		out.append(closing);
		return this;
	}

	private static final String[] INDENTS = new String[32];

	static {
		for (int i = 0; i < INDENTS.length; i++) {
			INDENTS[i] = "  ".repeat(i);
		}
	}

	private static String indent(int depth) {
		return depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth);
	}

	private void separate() {
		if (first.isEmpty()) {
			return;
		}
		if (!first.peek()) {
			out.append(',');
		}
		first.pop();
		first.push(false);
		out.append('\n').append(indent(first.size()));
	}

	/** A JSON string literal; control characters and non-ASCII line separators are escaped. */
	static String quote(String text) {
		if (plain(text)) {
			return "\"" + text + "\"";
		}
		StringBuilder b = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	/** Whether the text needs no escaping: the common case, written without copying character by character. */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}
}
