// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.iotssf.analysis.Cell;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.Terms;
import org.iotssf.model.Axis;
import org.iotssf.model.LabeledElement;
import org.iotssf.model.Method;
import org.iotssf.model.NamedElement;
import org.iotssf.report.Messages;

/**
 * How the parts of a model and of its method read in a document's language: method parts by their
 * labels (the Japanese label in Japanese), model objects by their titles with their names, fixed
 * vocabulary by its terms. Japanese documents carry no English identifiers of levels, strengths,
 * roles, impact or evidence kinds.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(LabeledElement part, Messages m) {
		if (m.japanese()) {
			return Phrase.labelJa(part);
		}
		return part.getTitle() != null ? part.getTitle() : part.getName();
	}

	/** A method part's description in the language (the Japanese one when given), or null. */
	public static String description(LabeledElement part, Messages m) {
		return m.japanese() && part.getDescriptionJa() != null ? part.getDescriptionJa() : part.getDescription();
	}

	/**
	 * How a required strength reads: its name in English (as the method writes it), its Japanese
	 * label in Japanese; "any" when no strength is required.
	 */
	public static String strength(org.iotssf.analysis.Requirement requirement, Messages m) {
		return requirement.strengthPhrase().in(m.language());
	}

	/** "V1 declared" in English, "V1（自己適合宣言）" in Japanese. */
	public static String requirement(org.iotssf.analysis.Requirement requirement, Messages m) {
		return requirement.phrase().in(m.language());
	}

	/** "low — Easily recoverable" in English; "小" in Japanese (the label alone when it differs from the name). */
	public static String level(LabeledElement level, Messages m) {
		String label = of(level, m);
		if (m.japanese()) {
			return label;
		}
		return label.equals(level.getName()) ? label : level.getName() + " — " + label;
	}

	/** A rated level in a table: "medium (Recoverable with effort)" in English, "中" in Japanese. */
	public static String level(RatedLevel level, Messages m) {
		if (m.japanese()) {
			return level.levelJa();
		}
		return level.label() == null || level.label().equals(level.level()) ? level.level() : level.level() + " (" + level.label() + ")";
	}

	/** A rated level by its name: "medium" in English, "中" in Japanese (the values of a rating's drop-down list). */
	public static String levelName(RatedLevel level, Messages m) {
		return m.japanese() ? level.levelJa() : level.level();
	}

	/** A cell: "low/medium" in English, "小/中" in Japanese. */
	public static String cell(Cell cell, Messages m) {
		return cell.key(m.language());
	}

	/** An axis by its place: "Axis 1: Difficulty of recovery", "第1軸（回復困難性）". */
	public static String axis(Axis axis, int number, Messages m) {
		return m.get("axis.numbered", number, of(axis, m));
	}

	/** The header of cell keys: "Cell (recovery/economic)", "カテゴリ（回復困難性/経済的影響）". */
	public static String cellHeader(List<Axis> axes, Messages m) {
		return m.get("col.cellOf", String.join("/", axes.stream().map(a -> of(a, m)).toList()));
	}

	/** A term of the language's fixed vocabulary (role, impact kind, evidence kind ...). */
	public static String term(Enumerator literal, Messages m) {
		return Terms.label(literal, m.language());
	}

	/** Texts joined as a list: ", " in English, "、" in Japanese. */
	public static String join(List<String> texts, Messages m) {
		return String.join(m.japanese() ? "、" : ", ", texts);
	}

	/** Terms joined: ", " in English, "、" in Japanese. */
	public static String terms(List<? extends Enumerator> literals, Messages m) {
		return join(literals.stream().map(l -> term(l, m)).toList(), m);
	}

	/** A model object by its title with its name, "Indoor unit (IndoorUnit)", or its name when it has no title. */
	public static String named(NamedElement object) {
		if (object == null) {
			return "";
		}
		return object.getTitle() != null && !object.getTitle().equals(object.getName()) ? object.getTitle() + " (" + object.getName() + ")"
				: object.getName();
	}

	/** The method with its version and what it extends: "iotssf.default 1.0", "acme.method 2 (extends iotssf.default 1.0)". */
	public static String method(Method method, Messages m) {
		StringBuilder text = new StringBuilder(method.getName());
		if (method.getVersion() != null) {
			text.append(' ').append(method.getVersion());
		}
		Method base = method.getBase();
		for (int depth = 0; base != null && !base.eIsProxy() && base != method && depth < 8; depth++) {
			text.append(m.get("method.extends", base.getName() + (base.getVersion() != null ? " " + base.getVersion() : "")));
			base = base.getBase();
		}
		return text.toString();
	}
}
