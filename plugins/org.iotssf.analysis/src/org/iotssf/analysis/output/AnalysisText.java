// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import java.util.List;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.UsageResult;
import org.iotssf.model.Likelihood;

/** The analysis as a readable plain-text summary, one block per system. A pure function. */
public final class AnalysisText {

	private final StringBuilder out = new StringBuilder();
	private final SourceLocator locator;
	private final boolean explain;

	private AnalysisText(SourceLocator locator, boolean explain) {
		this.locator = locator;
		this.explain = explain;
	}

	/** The summary; with {@code explain}, every result is followed by its explanation. */
	public static String write(List<SystemAnalysis> analyses, SourceLocator locator, boolean explain) {
		AnalysisText text = new AnalysisText(locator, explain);
		analyses.forEach(text::system);
		return text.out.toString();
	}

	private void system(SystemAnalysis a) {
		line("System " + a.system().getName() + (a.system().getTitle() != null ? " \"" + a.system().getTitle() + "\"" : "")
				+ " - method " + a.method().getName() + ", evidence as of " + a.asOf());
		line("");
		line("Risks (" + a.risks().size() + ")");
		for (RiskResult r : a.risks()) {
			String cell = r.cell() == null ? "not rated on " + String.join(", ", r.unratedAxes()) : r.cell().toString();
			String viewpoints = r.deMinimis() ? "de minimis" : r.viewpoints().isEmpty() ? "no viewpoint required"
					: String.join(", ", r.viewpoints().stream().map(AnalysisText::viewpoint).toList());
			line("  " + r.risk().getName() + " in " + Labels.of(r.risk().getUsage()) + " on " + Labels.of(r.risk().getElement())
					+ ": " + cell + extras(r) + " -> " + viewpoints);
			why(r.explanation().oneLine());
		}
		line("");
		line("Usages (" + a.usages().size() + ")");
		for (UsageResult u : a.usages()) {
			line("  " + u.usage().getName() + ": " + (u.cell() == null ? "no rated risk" : u.cell() + " -> " + (u.categorization().deMinimis()
					? "de minimis" : String.join(", ", u.categorization().requirements().stream().map(q -> q.name() + " " + q.strengthName()).toList()))));
			why(u.explanation().oneLine());
		}
		line("");
		line("Elements (" + a.elements().size() + ")");
		for (ElementResult e : a.elements()) {
			String cells = e.perUsage().isEmpty() ? "in no usage" : String.join("; ", e.perUsage().stream()
					.map(p -> p.usage().getName() + " " + (p.cell() == null ? "-" : p.cell().key())).toList());
			line("  " + e.element().getName() + ": " + cells + (e.spread() ? "  (differs between usages)" : ""));
		}
		findings("Coverage gaps", a.coverage());
		findings("Findings", a.findings());
		line("");
	}

	private void findings(String heading, List<Finding> findings) {
		line("");
		line(heading + " (" + findings.size() + ")");
		for (Finding f : findings) {
			SourceLocator.Location at = locator.locate(f.location());
			line("  " + (at == null ? "" : at + ": ") + f.severity().label() + ": " + f.message() + " [" + f.code() + "]");
			why(f.explanation().oneLine());
		}
	}

	private static String viewpoint(RiskViewpoint v) {
		return v.requirement().name() + " " + v.requirement().strengthName() + " (" + v.coverage().label() + ")";
	}

	private static String extras(RiskResult r) {
		String likelihood = r.risk().getLikelihood() == Likelihood.UNSPECIFIED ? "" : ", likelihood " + r.risk().getLikelihood().getLiteral();
		String asil = r.asil().derivable() ? ", ASIL " + r.asil().value() : "";
		return likelihood + asil;
	}

	private void why(String explanation) {
		if (explain) {
			line("      why: " + explanation);
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
