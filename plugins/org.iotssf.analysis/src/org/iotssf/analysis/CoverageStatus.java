// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

/** Whether a required viewpoint of a risk is covered by a measure with valid evidence of the required strength. */
public enum CoverageStatus {
	/** A measure with valid evidence of an accepted kind. */
	COVERED("covered"),
	/** Measures with valid evidence of a kind that confirms the viewpoint, but none the required strength accepts. */
	WEAK_EVIDENCE("weakEvidence"),
	/** Measures with valid evidence, but none of a kind the method accepts as confirming this viewpoint. */
	UNSUITABLE_EVIDENCE("unsuitableEvidence"),
	/** Measures whose evidence has all expired (or is not yet valid) at the analysis date. */
	EXPIRED_EVIDENCE("expiredEvidence"),
	/** Measures without any evidence. */
	NO_EVIDENCE("noEvidence"),
	/** Measures address the risk under this viewpoint, but none is taken by a stakeholder who carries it. */
	NOT_BY_CARRIER("measureByOther"),
	/** No measure addresses the risk under this viewpoint. */
	NO_MEASURE("noMeasure");

	private final String label;

	CoverageStatus(String label) {
		this.label = label;
	}

	/** The identifier, as in JSON and the English text output: "noMeasure". */
	public String label() {
		return label;
	}

	/** The readable words of {@code terms_<language>.properties}: "no measure", "対策なし". */
	public String label(String language) {
		return Texts.format(Terms.BUNDLE, language, "CoverageStatus." + label, java.util.List.of());
	}
}
