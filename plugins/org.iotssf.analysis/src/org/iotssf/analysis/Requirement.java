// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.iotssf.model.Strength;
import org.iotssf.model.Viewpoint;

/**
 * A viewpoint required by the policy for a cell, with the strongest strength any matching rule asks
 * for (null: no strength stated, any evidence confirms it) and the rules that require it.
 */
public record Requirement(Viewpoint viewpoint, Strength strength, List<String> rules) {

	public Requirement {
		rules = List.copyOf(rules);
	}

	/** The viewpoint's name, for example "V1". */
	public String name() {
		return viewpoint.getName();
	}

	/** "V1 declared" in English, "V1（自己適合宣言）" in Japanese. */
	public Phrase phrase() {
		return phrase(viewpoint, strength);
	}

	/** A viewpoint with the strength a rule asks for (none: any). */
	public static Phrase phrase(Viewpoint viewpoint, Strength strength) {
		return language -> Phrase.japanese(language) ? viewpoint.getName() + (strength != null ? "（" + Phrase.labelJa(strength) + "）" : "")
				: viewpoint.getName() + (strength != null ? " " + strength.getName() : "");
	}

	/** The strength: its name ("any" when none) in English, its Japanese label in Japanese. */
	public Phrase strengthPhrase() {
		return strength == null ? Phrase.of("any", "確認レベルの指定なし") : Phrase.label(strength);
	}

	/** The strength's name, or "any". */
	public String strengthName() {
		return strength == null ? "any" : strength.getName();
	}
}
