// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Readable labels of the language's fixed vocabulary (roles, impact kinds, evidence kinds, likelihood,
 * element kinds, layers' protections, ...) in English and Japanese, from {@code terms_<language>.properties};
 * the Japanese follows the framework's own terms (docs/glossary.md).
 */
public final class Terms {

	public static final String BUNDLE = "terms";

	private Terms() {
	}

	/** "life and body" / "人命・身体" for {@code ImpactKind.LIFE_BODY}. */
	public static String label(Enumerator literal, String language) {
		return Texts.format(BUNDLE, language, key(literal), List.of());
	}

	/** The key of a literal: the enumeration's type name, a dot and the literal, e.g. "ImpactKind.lifeBody". */
	public static String key(Enumerator literal) {
		return literal.getClass().getSimpleName() + "." + literal.getLiteral();
	}
}
