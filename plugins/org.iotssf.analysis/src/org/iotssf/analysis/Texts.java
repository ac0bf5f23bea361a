// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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

	/** Compiled templates by bundle, then language, then key. */
	private static final Map<String, Map<String, Map<String, Template>>> COMPILED = new ConcurrentHashMap<>();

	private Texts() {
	}

	/** The text of a template in a language (English for an unknown one). */
	public static String format(String bundle, String language, String template, List<?> args) {
		Template compiled = templates(bundle, LANGUAGES.contains(language) ? language : "en").get(template);
		if (compiled == null) {
			throw new IllegalStateException("no text '" + template + "' in " + bundle + "_" + language);
		}
		StringBuilder text = new StringBuilder(compiled.length() + 16 * args.size());
		for (int i = 0; i < compiled.args().length; i++) {
			text.append(compiled.literals()[i]);
			int index = compiled.args()[i];
			if (index < args.size()) {
				Object argument = args.get(index);
				String arg = Phrase.text(argument, language);
				text.append(arg.startsWith("@") && !(argument instanceof Phrase) ? format(bundle, language, arg.substring(1), List.of()) : arg);
			} else {
				text.append('{').append(index).append('}');
			}
		}
		return text.append(compiled.literals()[compiled.args().length]).toString();
	}

	/**
	 * A template split once into literal text and argument places: {@code literals[i]} comes before the argument
	 * {@code args[i]}, and the last literal ends the text.
	 */
	private record Template(String[] literals, int[] args, int length) {

		static Template of(String text) {
			List<String> literals = new ArrayList<>();
			List<Integer> args = new ArrayList<>();
			int from = 0;
			for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
				int close = open + 1;
				while (close < text.length() && Character.isDigit(text.charAt(close))) {
					close++;
				}
				if (close > open + 1 && close < text.length() && text.charAt(close) == '}' && close - open <= 4) {
					literals.add(text.substring(from, open));
					args.add(Integer.parseInt(text.substring(open + 1, close)));
					from = close + 1;
					open = close;
				}
			}
			literals.add(text.substring(from));
			return new Template(literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray(), text.length());
		}
	}

	/** The template keys of a bundle in a language, for tests that compare languages. */
	public static Set<String> keys(String bundle, String language) {
		return texts(bundle, language).stringPropertyNames();
	}

	private static Map<String, Template> templates(String bundle, String language) {
		return COMPILED.computeIfAbsent(bundle, b -> new ConcurrentHashMap<>()).computeIfAbsent(language, l -> {
			Map<String, Template> compiled = new HashMap<>();
			Properties texts = texts(bundle, l);
			texts.stringPropertyNames().forEach(key -> compiled.put(key, Template.of(texts.getProperty(key))));
			return Map.copyOf(compiled);
		});
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
