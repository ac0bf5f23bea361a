// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.Confirmation;
import org.iotssf.model.Evidence;
import org.iotssf.model.LifecycleStage;
import org.iotssf.model.Measure;
import org.iotssf.model.Method;
import org.iotssf.model.StakeholderRole;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.MethodParts;

/** The coverage gaps of a system: uncovered viewpoints, missing or expired evidence, unagreed and uncarried work. */
final class CoverageFindings {

	static final String PREFIX = "iotssf.coverage.";

	private CoverageFindings() {
	}

	static List<Finding> find(SystemModel system, Method methodPart, List<RiskResult> risks, Responsibilities responsibilities, MeasureCoverage coverage) {
		String method = methodPart.getName();
		List<Finding> gaps = new ArrayList<>();
		Map<String, Viewpoint> required = new LinkedHashMap<>();
		for (RiskResult risk : risks) {
			List<String> unagreed = new ArrayList<>();
			for (RiskViewpoint v : risk.viewpoints()) {
				required.putIfAbsent(v.requirement().name(), v.requirement().viewpoint());
				if (!v.agreed()) {
					unagreed.add(v.requirement().name());
				}
				gap(gaps, method, risk, v);
			}
			if (!unagreed.isEmpty()) {
				gaps.add(new Finding(PREFIX + "allocationNotAgreed", Severity.INFO, "allocationNotAgreed",
						List.of(String.join(", ", unagreed), risk.risk().getName()), risk.risk(), List.of(),
						Explanation.of(Explanation.step("gap.required", String.join(", ", unagreed)), Explanation.step("gap.noAgreement"))));
			}
		}
		for (Measure measure : system.getMeasures()) {
			if (measure.getEvidence().isEmpty()) {
				gaps.add(new Finding(PREFIX + "measureWithoutEvidence", Severity.WARNING, "measureWithoutEvidence",
						List.of(measure.getName()), measure, List.of(), Explanation.of(Explanation.step("gap.noEvidence", measure.getName()))));
			}
			for (Evidence evidence : measure.getEvidence()) {
				if (!coverage.valid(evidence)) {
					gaps.add(new Finding(PREFIX + "evidenceNotValid", Severity.WARNING, "evidenceNotValid",
							List.of(title(evidence), measure.getName()), evidence, List.of(measure), Explanation.of(Explanation.step("gap.dates", orNone(evidence.getIssued()),
									orNone(evidence.getValidUntil())))));
				}
			}
		}
		required.forEach((name, viewpoint) -> {
			List<StakeholderRole> roles = responsibilities.rolesFor(name);
			boolean carried = risks.stream().flatMap(r -> r.viewpoints().stream())
					.anyMatch(v -> v.requirement().name().equals(name) && !v.stakeholders().isEmpty());
			if (!carried) {
				gaps.add(new Finding(PREFIX + "noStakeholderForViewpoint", Severity.WARNING,
						roles.isEmpty() ? "noStakeholderForViewpoint.noRole" : "noStakeholderForViewpoint", List.of(name, system.getName(),
								Phrase.join(roles.stream().map(Phrase::term).toList()), method), system, List.of(viewpoint),
						Explanation.of(Explanation.step("gap.requiredBy", name, risks.stream().filter(r -> r.viewpoints().stream()
								.anyMatch(v -> v.requirement().name().equals(name))).count()))));
			}
		});
		stages(system, methodPart, risks, gaps);
		return gaps;
	}

	/** Measures taken outside the stages at which the method confirms their viewpoint, and required stages no measure addresses. */
	private static void stages(SystemModel system, Method method, List<RiskResult> risks, List<Finding> gaps) {
		for (Measure measure : system.getMeasures()) {
			List<LifecycleStage> taken = measure.getStages().stream().filter(st -> st != null && !st.eIsProxy()).toList();
			if (taken.isEmpty()) {
				continue;
			}
			for (Viewpoint viewpoint : measure.getViewpoints()) {
				Confirmation confirmation = viewpoint == null || viewpoint.eIsProxy() ? null : MethodParts.confirmation(method, viewpoint.getName());
				if (confirmation == null || confirmation.getStages().isEmpty()) {
					continue;
				}
				Set<String> allowed = new LinkedHashSet<>(confirmation.getStages().stream().map(LifecycleStage::getName).toList());
				if (taken.stream().noneMatch(st -> allowed.contains(st.getName()))) {
					Phrase at = Phrase.join(taken.stream().map(Phrase::label).toList());
					Phrase when = Phrase.join(confirmation.getStages().stream().map(Phrase::label).toList());
					gaps.add(new Finding(PREFIX + "measureAtWrongStage", Severity.WARNING, "measureAtWrongStage",
							List.of(measure.getName(), viewpoint.getName(), at, method.getName(), when), measure, List.of(viewpoint),
							Explanation.of(Explanation.step("stage.wrong", measure.getName(), viewpoint.getName(), when, at))));
				}
			}
		}
		boolean required = risks.stream().anyMatch(r -> !r.viewpoints().isEmpty());
		for (LifecycleStage stage : MethodParts.requiredStages(method)) {
			boolean addressed = system.getMeasures().stream().anyMatch(m -> m.getStages().stream()
					.anyMatch(st -> st != null && stage.getName().equals(st.getName())));
			if (required && !addressed) {
				gaps.add(new Finding(PREFIX + "requiredStageNotAddressed", Severity.WARNING, "requiredStageNotAddressed",
						List.of(Phrase.label(stage), method.getName(), system.getName()), system, List.of(),
						Explanation.of(Explanation.step("stage.required", Phrase.label(stage)))));
			}
		}
	}

	private static void gap(List<Finding> gaps, String method, RiskResult risk, RiskViewpoint v) {
		String code = switch (v.coverage()) {
			case NO_MEASURE -> "viewpointWithoutMeasure";
			case NO_EVIDENCE -> "viewpointWithoutEvidence";
			case EXPIRED_EVIDENCE -> "viewpointEvidenceNotValid";
			case WEAK_EVIDENCE -> "viewpointEvidenceTooWeak";
			case UNSUITABLE_EVIDENCE -> "viewpointEvidenceUnsuitable";
			case NOT_BY_CARRIER -> "viewpointMeasureByOther";
			default -> null;
		};
		if (code != null) {
			gaps.add(new Finding(PREFIX + code, Severity.WARNING, code, List.of(risk.risk().getName(), v.requirement().name(),
					v.requirement().strengthPhrase(), method, carriers(v)), risk.risk(), List.copyOf(v.measures()), v.explanation()));
		}
	}

	/** Who should confirm the viewpoint: the stakeholders that carry it (agreed or proposed). */
	private static Object carriers(RiskViewpoint v) {
		return v.stakeholders().isEmpty() ? Phrase.of("a stakeholder still to be agreed", "合意により決める関係者")
				: String.join(", ", v.stakeholders().stream().map(s -> s.getName()).toList());
	}

	private static String title(Evidence evidence) {
		return evidence.getTitle() != null ? evidence.getTitle() : evidence.getKind().getLiteral();
	}

	private static String orNone(String date) {
		return date == null ? "@noDate" : date;
	}
}
