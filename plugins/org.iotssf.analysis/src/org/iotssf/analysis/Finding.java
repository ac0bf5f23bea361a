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

import org.eclipse.emf.ecore.EObject;

/**
 * A systemic finding or a coverage gap: a stable code, a severity, the message template and its
 * arguments (so the message can be given in English or Japanese), the model object it is located at,
 * the objects involved, and the explanation.
 */
public record Finding(String code, Severity severity, String template, List<String> args, EObject location,
		List<EObject> involved, Explanation explanation) {

	private static final Map<String, Properties> TEXTS = Map.of("en", load("en"), "ja", load("ja"));

	public Finding {
		args = List.copyOf(args);
		involved = List.copyOf(involved);
	}

	/** The message in English. */
	public String message() {
		return message("en");
	}

	/** The message in a language ("en" or "ja"); English for any other. */
	public String message(String language) {
		String text = TEXTS.getOrDefault(language, TEXTS.get("en")).getProperty(template);
		if (text == null) {
			throw new IllegalStateException("no message template '" + template + "'");
		}
		for (int i = 0; i < args.size(); i++) {
			text = text.replace("{" + i + "}", args.get(i));
		}
		return text;
	}

	/** The template keys of a language, for tests that compare languages. */
	public static java.util.Set<String> templates(String language) {
		return TEXTS.get(language).stringPropertyNames();
	}

	private static Properties load(String language) {
		Properties texts = new Properties();
		try (InputStream in = Finding.class.getResourceAsStream("findings_" + language + ".properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return texts;
	}
}
