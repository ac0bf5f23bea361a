// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The fixed strings of reports in one language (messages_en.properties, messages_ja.properties, UTF-8). */
public final class Messages {

	/** The languages reports can be written in. */
	public static final Set<String> LANGUAGES = Set.of("en", "ja");

	private final Properties strings = new Properties();
	private final String language;

	private Messages(String language) {
		this.language = language;
		try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
			if (in == null) {
				throw new IllegalArgumentException("no messages for language " + language);
			}
			strings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Messages of(String language) {
		return new Messages(language);
	}

	public String language() {
		return language;
	}

	public boolean japanese() {
		return "ja".equals(language);
	}

	/** The string for a key with {0}, {1}, ... replaced by the arguments; a missing key is a bug and fails loudly. */
	public String get(String key, Object... args) {
		String text = strings.getProperty(key);
		if (text == null) {
			throw new IllegalStateException("no message '" + key + "' in language " + language);
		}
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	/** Every key, for tests that compare languages. */
	public Set<String> keys() {
		return new TreeSet<>(strings.stringPropertyNames());
	}
}
