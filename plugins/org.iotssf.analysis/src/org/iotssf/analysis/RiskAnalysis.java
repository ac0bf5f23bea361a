// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.model.Element;
import org.iotssf.model.Likelihood;
import org.iotssf.model.Risk;
import org.iotssf.model.Stakeholder;

/** Categorizes one risk and derives its required viewpoints, carriers and coverage. */
final class RiskAnalysis {

	private RiskAnalysis() {
	}

	static RiskResult analyze(Risk risk, Policy policy, Responsibilities responsibilities, MeasureCoverage coverage,
			Analyzer.Candidates candidates) {
		List<SafetyLevel> safety = SafetyLevel.of(risk);
		Policy.Rating rating = policy.rate(risk);
		List<Explanation.Step> why = new ArrayList<>();
		if (rating.cell() == null) {
			why.add(Explanation.step("risk.notCategorized", risk.getName(), String.join(", ", rating.unratedAxes()), policy.method().getName()));
			return new RiskResult(risk, null, rating.unratedAxes(), false, null, List.of(), safety, List.of(), new Explanation(why));
		}
		why.add(Explanation.step("risk.rated", risk.getName(), rating.cell(), name(risk.getUsage()), name(risk.getElement())));
		if (!risk.getAffects().isEmpty()) {
			why.add(Explanation.step("risk.affects", String.join(", ", risk.getAffects().stream().map(RiskAnalysis::name).toList()),
					name(risk.getUsage())));
		}
		if (risk.getLikelihood() != Likelihood.UNSPECIFIED) {
			why.add(Explanation.step("risk.likelihood", Phrase.term(risk.getLikelihood())));
		}
		Categorization categorization = policy.categorize(rating.cell(), risk.getElement());
		why.addAll(categorization.explanation().parts());
		List<RiskViewpoint> viewpoints = new ArrayList<>();
		for (Requirement requirement : categorization.requirements()) {
			Responsibilities.Carriers carriers = responsibilities.carriers(risk, requirement.name());
			MeasureCoverage.Result covered = coverage.check(risk, requirement, carriers.stakeholders());
			Explanation explanation = Explanation.of(
					Explanation.step("viewpoint.required", requirement.name(), requirement.strengthPhrase(), String.join(", ", requirement.rules())),
					Explanation.step("viewpoint.carriedBy", names(carriers.stakeholders())), carriers.why(), covered.why());
			viewpoints.add(new RiskViewpoint(requirement, carriers.stakeholders(), carriers.agreed(), covered.status(),
					covered.measures(), explanation));
		}
		return new RiskResult(risk, rating.cell(), List.of(), categorization.deMinimis(), categorization.minimis(), viewpoints, safety,
				candidates.forRisk(risk, categorization.requirements()), new Explanation(why));
	}

	static String names(List<Stakeholder> stakeholders) {
		return stakeholders.isEmpty() ? "@nobody" : String.join(", ", stakeholders.stream().map(Stakeholder::getName).toList());
	}

	private static String name(org.iotssf.model.NamedElement element) {
		return element == null ? "?" : element.getName();
	}
}
