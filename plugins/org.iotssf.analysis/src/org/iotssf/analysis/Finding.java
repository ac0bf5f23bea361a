// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A systemic finding or a coverage gap: a stable code, a severity, the message template and its
 * arguments (strings or {@link Phrase}s, so the message can be given in English or Japanese), the model object it is located at,
 * the objects involved, and the explanation.
 */
public record Finding(String code, Severity severity, String template, List<?> args, EObject location,
		List<EObject> involved, Explanation explanation) {

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
		return Texts.format("findings", language, template, args);
	}

	/** The template keys of a language, for tests that compare languages. */
	public static java.util.Set<String> templates(String language) {
		return Texts.keys("findings", language);
	}
}
