// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.iotssf.model.LabeledElement;

/**
 * A piece of text that reads differently by language: an argument of an explanation step or a finding
 * message. In English it is the identifier the model writes (so English output names what the user
 * typed); in Japanese the method's label or the framework's term, so that Japanese prose carries no
 * English identifiers.
 */
@FunctionalInterface
public interface Phrase {

	/** The text in a language ("en" or "ja"; English for any other). */
	String in(String language);

	static boolean japanese(String language) {
		return "ja".equals(language);
	}

	/** A fixed English and Japanese text. */
	static Phrase of(String en, String ja) {
		return language -> japanese(language) ? ja : en;
	}

	/** A method part: its name in English, its Japanese label (else its title, else its name) in Japanese. */
	static Phrase label(LabeledElement part) {
		return language -> japanese(language) ? labelJa(part) : part.getName();
	}

	/** The Japanese label of a method part, falling back to its English title and then its name. */
	static String labelJa(LabeledElement part) {
		if (part.getLabelJa() != null) {
			return part.getLabelJa();
		}
		return part.getTitle() != null ? part.getTitle() : part.getName();
	}

	/** An enumeration literal of the language: the literal in English, the term of {@link Terms} in Japanese. */
	static Phrase term(Enumerator literal) {
		return language -> japanese(language) ? Terms.label(literal, language) : literal.getLiteral();
	}

	/** An enumeration literal's readable label in either language ("IEC 61508 (functional safety)"), for literals that are names of things. */
	static Phrase label(Enumerator literal) {
		return language -> Terms.label(literal, language);
	}

	/** Phrases joined: ", " in English, "、" in Japanese. */
	static Phrase join(List<? extends Phrase> parts) {
		return language -> String.join(japanese(language) ? "、" : ", ", parts.stream().map(p -> p.in(language)).toList());
	}

	/** Texts that read the same in both languages (names, flows), joined as {@link #join} joins phrases. */
	static Phrase texts(List<String> texts) {
		return join(texts.stream().map(t -> (Phrase) language -> t).toList());
	}

	/** A text argument: a phrase in the language, anything else as its string. */
	static String text(Object argument, String language) {
		return argument instanceof Phrase p ? p.in(language) : String.valueOf(argument);
	}
}
