// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.model.Confirmation;
import org.iotssf.model.Evidence;
import org.iotssf.model.EvidenceKind;
import org.iotssf.model.Measure;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.MethodParts;

/**
 * Whether measures taken by the viewpoint's carriers, with valid evidence of a kind that confirms the viewpoint and of
 * the required strength, cover a risk's viewpoint, as of a date.
 */
final class MeasureCoverage {

	/** The coverage of one viewpoint of one risk. */
	record Result(CoverageStatus status, List<Measure> measures, Explanation.Step why) {
	}

	private final Map<Risk, List<Measure>> measures = new HashMap<>();
	private final LocalDate asOf;
	private final Method method;

	MeasureCoverage(SystemModel system, Method method, LocalDate asOf) {
		this.asOf = asOf;
		this.method = method;
		for (Measure measure : system.getMeasures()) {
			measure.getRisks().forEach(r -> measures.computeIfAbsent(r, k -> new ArrayList<>()).add(measure));
		}
	}

	/**
	 * The coverage of a required viewpoint of a risk. Only measures taken by a stakeholder who carries the
	 * viewpoint for the risk count; only evidence of a kind the method accepts for the viewpoint confirms it;
	 * evidence that the stakeholder taking the measure issued itself counts as a self-declaration when the
	 * required strength is checked.
	 */
	Result check(Risk risk, Requirement requirement, List<Stakeholder> carriers) {
		List<Measure> serving = measures.getOrDefault(risk, List.of()).stream()
				.filter(m -> m.getViewpoints().stream().anyMatch(v -> requirement.name().equals(v.getName()))).toList();
		if (serving.isEmpty()) {
			return new Result(CoverageStatus.NO_MEASURE, serving, Explanation.step("coverage.noMeasure", risk.getName(), requirement.name()));
		}
		List<Measure> byCarriers = serving.stream().filter(m -> m.getResponsible().stream().anyMatch(carriers::contains)).toList();
		if (byCarriers.isEmpty()) {
			return new Result(CoverageStatus.NOT_BY_CARRIER, serving, Explanation.step("coverage.notByCarrier", names(serving),
					takers(serving), requirement.name(), carriers.isEmpty() ? "@nobody" : String.join(", ", carriers.stream().map(Stakeholder::getName).toList())));
		}
		List<String> names = names(byCarriers);
		boolean anyEvidence = byCarriers.stream().anyMatch(m -> !m.getEvidence().isEmpty());
		if (!anyEvidence) {
			return new Result(CoverageStatus.NO_EVIDENCE, byCarriers, Explanation.step("coverage.noEvidence", names));
		}
		List<Evidence> valid = byCarriers.stream().flatMap(m -> m.getEvidence().stream()).filter(this::valid).toList();
		if (valid.isEmpty()) {
			return new Result(CoverageStatus.EXPIRED_EVIDENCE, byCarriers, Explanation.step("coverage.expired", names, asOf));
		}
		Confirmation confirmation = MethodParts.confirmation(method, requirement.name());
		List<Evidence> suitable = confirmation == null || confirmation.getEvidenceKinds().isEmpty() ? valid
				: valid.stream().filter(e -> confirmation.getEvidenceKinds().contains(e.getKind())).toList();
		if (suitable.isEmpty()) {
			return new Result(CoverageStatus.UNSUITABLE_EVIDENCE, byCarriers, Explanation.step("coverage.unsuitable", names,
					Phrase.join(valid.stream().map(Evidence::getKind).distinct().map(Phrase::term).toList()), requirement.name(),
					Phrase.join(confirmation.getEvidenceKinds().stream().map(Phrase::term).toList())));
		}
		boolean accepted = suitable.stream().anyMatch(e -> requirement.strength() == null
				|| requirement.strength().getEvidenceKinds().isEmpty()
				|| requirement.strength().getEvidenceKinds().contains(effectiveKind(e)));
		if (!accepted) {
			Evidence selfIssued = suitable.stream().filter(e -> effectiveKind(e) != e.getKind()).findFirst().orElse(null);
			Explanation.Step weak = Explanation.step("coverage.weak", names,
					Phrase.join(suitable.stream().map(this::effectiveKind).distinct().map(Phrase::term).toList()), requirement.strengthPhrase(),
					Phrase.join(requirement.strength().getEvidenceKinds().stream().map(Phrase::term).toList()));
			if (selfIssued != null) {
				weak = Explanation.step("coverage.selfIssued", names, Phrase.term(selfIssued.getKind()), selfIssued.getIssuedBy().getName(),
						requirement.strengthPhrase());
			}
			return new Result(CoverageStatus.WEAK_EVIDENCE, byCarriers, weak);
		}
		return new Result(CoverageStatus.COVERED, byCarriers, Explanation.step("coverage.covered", names, asOf));
	}

	/** The kind evidence counts as: a self-declaration when the stakeholder taking its measure issued it. */
	EvidenceKind effectiveKind(Evidence evidence) {
		Measure measure = evidence.eContainer() instanceof Measure m ? m : null;
		if (measure != null && evidence.getIssuedBy() != null && measure.getResponsible().contains(evidence.getIssuedBy())) {
			return EvidenceKind.SELF_DECLARATION;
		}
		return evidence.getKind();
	}

	private static List<String> names(List<Measure> measures) {
		return measures.stream().map(Measure::getName).toList();
	}

	private static Object takers(List<Measure> measures) {
		List<String> names = measures.stream().flatMap(m -> m.getResponsible().stream()).map(Stakeholder::getName).distinct().toList();
		return names.isEmpty() ? "@nobody" : String.join(", ", names);
	}

	/** Whether the evidence is valid on the analysis date: issued by then and not expired. */
	boolean valid(Evidence evidence) {
		LocalDate issued = date(evidence.getIssued());
		LocalDate until = date(evidence.getValidUntil());
		return (issued == null || !issued.isAfter(asOf)) && (until == null || !until.isBefore(asOf));
	}

	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			String[] p = text.split("-");
			return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
		} catch (RuntimeException e) {
			return null;
		}
	}
}
