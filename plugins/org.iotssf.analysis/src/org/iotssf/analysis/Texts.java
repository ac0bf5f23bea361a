// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the analysis (finding messages and explanation steps) in English and Japanese, from
 * {@code <bundle>_<language>.properties}. Templates take {0}, {1}, ...; an argument that starts
 * with "@" names another template; a {@link Phrase} reads in the language (without arguments) to put in its place, so fixed phrases are
 * translated too.
 */
public final class Texts {

	/** The languages the analysis can speak. */
	public static final List<String> LANGUAGES = List.of("en", "ja");

	private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

	private Texts() {
	}

	/** The text of a template in a language (English for an unknown one). */
	public static String format(String bundle, String language, String template, List<?> args) {
		Properties texts = texts(bundle, LANGUAGES.contains(language) ? language : "en");
		String text = texts.getProperty(template);
		if (text == null) {
			throw new IllegalStateException("no text '" + template + "' in " + bundle + "_" + language);
		}
		for (int i = 0; i < args.size(); i++) {
			String arg = Phrase.text(args.get(i), language);
			text = text.replace("{" + i + "}", arg.startsWith("@") && !(args.get(i) instanceof Phrase) ? format(bundle, language, arg.substring(1), List.of()) : arg);
		}
		return text;
	}

	/** The template keys of a bundle in a language, for tests that compare languages. */
	public static Set<String> keys(String bundle, String language) {
		return texts(bundle, language).stringPropertyNames();
	}

	private static Properties texts(String bundle, String language) {
		return LOADED.computeIfAbsent(bundle + "_" + language, name -> {
			Properties texts = new Properties();
			try (InputStream in = Texts.class.getResourceAsStream(name + ".properties")) {
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return texts;
		});
	}
}
