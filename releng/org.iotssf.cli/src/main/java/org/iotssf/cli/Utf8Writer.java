// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Writes text to a stream as UTF-8, in one pass over it, and refuses half of a surrogate pair (text that
 * has no UTF-8 form) with {@link HalfSurrogateException}, which says what text came before it. Text is
 * copied into a buffer of chars and encoded from there, where the encoder takes its fast path.
 */
final class Utf8Writer extends Writer {

	/** How much of the text before a half surrogate pair an error quotes. */
	static final int CONTEXT = 40;

	private final OutputStream out;
	private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	private final char[] chars = new char[8192];
	private final ByteBuffer bytes = ByteBuffer.allocate(chars.length * 3);
	/** The last chars encoded before the buffer's, for an error's context. */
	private final StringBuilder before = new StringBuilder();
	private int count;
	private boolean closed;

	/** Thrown when the text holds half of a surrogate pair. */
	static final class HalfSurrogateException extends IOException {
		private static final long serialVersionUID = 1L;
		private final String before;

		HalfSurrogateException(String before) {
			super("half of a surrogate pair after '" + before + "'");
			this.before = before;
		}

		/** Up to {@value Utf8Writer#CONTEXT} chars of the text before it. */
		String before() {
			return before;
		}
	}

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		if (count == chars.length) {
			encode(false);
		}
		chars[count++] = (char) c;
	}

	@Override
	public void write(char[] source, int offset, int length) throws IOException {
		put(length, (from, to, into, at) -> System.arraycopy(source, offset + from, into, at, to - from));
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		put(length, (from, to, into, at) -> text.getChars(offset + from, offset + to, into, at));
	}

	@Override
	public Writer append(CharSequence text) throws IOException {
		if (text instanceof StringBuilder builder) {
			// the JSON writer hands over its buffer: copied without making a string of it first
			put(builder.length(), builder::getChars);
		} else {
			write(String.valueOf(text));
		}
		return this;
	}

	/** Where chars come from: copies those from {@code from} to {@code to} into the array at {@code at}. */
	private interface Chars {
		void copy(int from, int to, char[] into, int at);
	}

	/** Copies the text into the buffer, encoding the buffer whenever it is full. */
	private void put(int length, Chars source) throws IOException {
		for (int done = 0; done < length;) {
			if (count == chars.length) {
				encode(false);
			}
			int n = Math.min(length - done, chars.length - count);
			source.copy(done, done + n, chars, count);
			count += n;
			done += n;
		}
	}

	/** Encodes the buffered chars; the first half of a pair split by the buffer's end waits for the second. */
	private void encode(boolean last) throws IOException {
		CharBuffer in = CharBuffer.wrap(chars, 0, count);
		while (true) {
			CoderResult result = encoder.encode(in, bytes, last);
			if (result.isOverflow()) {
				drain();
				continue;
			}
			if (result.isError()) {
				throw new HalfSurrogateException(context(in.position()));
			}
			break;
		}
		if (last) {
			if (in.hasRemaining()) {
				throw new HalfSurrogateException(context(in.position()));
			}
			while (encoder.flush(bytes).isOverflow()) {
				drain();
			}
		}
		drain();
		int kept = in.remaining();
		remember(in.position());
		System.arraycopy(chars, in.position(), chars, 0, kept);
		count = kept;
	}

	private void remember(int encoded) {
		int from = Math.max(0, encoded - CONTEXT);
		before.append(chars, from, encoded - from);
		if (before.length() > CONTEXT) {
			before.delete(0, before.length() - CONTEXT);
		}
	}

	private String context(int at) {
		StringBuilder text = new StringBuilder(before);
		int from = Math.max(0, at - CONTEXT);
		text.append(chars, from, at - from);
		int start = Math.max(0, text.length() - CONTEXT);
		if (start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
			start++;
		}
		return text.substring(start).replaceAll("\\s+", " ");
	}

	private void drain() throws IOException {
		out.write(bytes.array(), 0, bytes.position());
		bytes.clear();
	}

	@Override
	public void flush() throws IOException {
		encode(false);
		out.flush();
	}

	/** Encodes the rest (a first half of a pair at the very end is refused) and closes the stream. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			encode(true);
		} finally {
			out.close();
		}
	}
}
