// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import java.util.List;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.Requirement;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SafetyLevel;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.Texts;
import org.iotssf.analysis.UsageResult;
import org.iotssf.model.Likelihood;

/**
 * The analysis as a readable plain-text summary, one block per system, in English or Japanese (the fixed words
 * from {@code text_<language>.properties}, findings and explanations in the same language; the names in the
 * model as written). A pure function.
 */
public final class AnalysisText {

	private final StringBuilder out = new StringBuilder();
	private final SourceLocator locator;
	private final boolean explain;
	private final String language;

	private AnalysisText(SourceLocator locator, boolean explain, String language) {
		this.locator = locator;
		this.explain = explain;
		this.language = language;
	}

	/** The summary in English; with {@code explain}, every result is followed by its explanation. */
	public static String write(List<SystemAnalysis> analyses, SourceLocator locator, boolean explain) {
		return write(analyses, locator, explain, "en");
	}

	/** The summary in a language ("en" or "ja"). */
	public static String write(List<SystemAnalysis> analyses, SourceLocator locator, boolean explain, String language) {
		AnalysisText text = new AnalysisText(locator, explain, language);
		analyses.forEach(text::system);
		return text.out.toString();
	}

	private String t(String key, Object... args) {
		return Texts.format("text", language, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	private void system(SystemAnalysis a) {
		line(t("system", a.system().getName(), a.system().getTitle() != null ? " \"" + a.system().getTitle() + "\"" : "",
				a.method().getName(), a.asOf()));
		line("");
		line(t("risks", a.risks().size()));
		for (RiskResult r : a.risks()) {
			String cell = r.cell() == null ? t("notRated", String.join(", ", r.unratedAxes())) : r.cell().in(language);
			String viewpoints = r.deMinimis() ? t("deMinimis") : r.viewpoints().isEmpty() ? t("noViewpoint")
					: String.join(", ", r.viewpoints().stream().map(this::viewpoint).toList());
			line("  " + t("risk", r.risk().getName(), Labels.of(r.risk().getUsage()), Labels.of(r.risk().getElement()), cell, extras(r),
					viewpoints));
			why(r.explanation().oneLine(language));
		}
		line("");
		line(t("usages", a.usages().size()));
		for (UsageResult u : a.usages()) {
			line("  " + u.usage().getName() + ": " + (u.cell() == null ? t("noRatedRisk") : u.cell().in(language) + " -> " + (u.categorization().deMinimis()
					? t("deMinimis") : String.join(", ", u.categorization().requirements().stream().map(q -> q.name() + " " + strength(q)).toList()))));
			why(u.explanation().oneLine(language));
		}
		line("");
		line(t("elements", a.elements().size()));
		for (ElementResult e : a.elements()) {
			String cells = e.perUsage().isEmpty() ? t("inNoUsage") : String.join("; ", e.perUsage().stream()
					.map(p -> p.usage().getName() + " " + (p.cell() == null ? "-" : p.cell().key(language))).toList());
			line("  " + e.element().getName() + ": " + cells + (e.spread() ? "  " + t("differs") : ""));
		}
		findings("coverageGaps", a.coverage());
		findings("findings", a.findings());
		line("");
	}

	private void findings(String heading, List<Finding> findings) {
		line("");
		line(t(heading, findings.size()));
		for (Finding f : findings) {
			SourceLocator.Location at = locator.locate(f.location());
			line("  " + (at == null ? "" : at + ": ") + t(f.severity().label()) + ": " + f.message(language) + " [" + f.code() + "]");
			why(f.explanation().oneLine(language));
		}
	}

	private String viewpoint(RiskViewpoint v) {
		return v.requirement().name() + " " + strength(v.requirement()) + " (" + ("ja".equals(language) ? v.coverage().label(language) : v.coverage().label()) + ")";
	}

	/** The strength's name, or in Japanese its label from the method. */
	private String strength(Requirement requirement) {
		return requirement.strengthPhrase().in(language);
	}

	private String extras(RiskResult r) {
		String likelihood = r.risk().getLikelihood() == Likelihood.UNSPECIFIED ? "" : t("likelihood", Phrase.term(r.risk().getLikelihood()).in(language));
		String safety = r.safetyLevels().stream().filter(SafetyLevel::derivable).map(s -> t("safety", s.value())).reduce("", String::concat);
		return likelihood + safety;
	}

	private void why(String explanation) {
		if (explain) {
			line("      " + t("why", explanation));
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
