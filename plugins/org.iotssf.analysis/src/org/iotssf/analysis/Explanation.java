// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The facts and rules that produced a result, in the order they were applied. Every result of the
 * analysis carries one, so reports and hovers can say why. Each step is a template with arguments, so
 * it can be read in English or Japanese.
 */
public record Explanation(List<Step> parts) {

	/** The bundle of explanation templates (explanations_en.properties, explanations_ja.properties). */
	public static final String BUNDLE = "explanations";

	/** One step: a template key and its arguments (strings, or {@link Phrase}s that read in the language). */
	public record Step(String template, List<?> args) {
		public Step {
			args = List.copyOf(args);
		}

		public String text(String language) {
			return Texts.format(BUNDLE, language, template, args);
		}
	}

	public Explanation {
		parts = List.copyOf(parts);
	}

	public static Explanation of(Step... steps) {
		return new Explanation(Arrays.asList(steps));
	}

	/** A step; phrases are kept to be read in the language, other arguments are turned into text. */
	public static Step step(String template, Object... args) {
		return new Step(template, Arrays.stream(args).map(a -> a instanceof Phrase ? a : String.valueOf(a)).toList());
	}

	/** This explanation followed by the steps of another. */
	public Explanation then(Explanation more) {
		List<Step> all = new ArrayList<>(parts);
		all.addAll(more.parts());
		return new Explanation(all);
	}

	/** The steps in English. */
	public List<String> steps() {
		return steps("en");
	}

	public List<String> steps(String language) {
		return parts.stream().map(s -> s.text(language)).toList();
	}

	/** The explanation in one line: the steps joined by "; ". */
	public String oneLine() {
		return oneLine("en");
	}

	public String oneLine(String language) {
		return String.join("ja".equals(language) ? "。" : "; ", steps(language));
	}

	@Override
	public String toString() {
		return oneLine();
	}
}
