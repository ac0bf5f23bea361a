// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.model.Evidence;
import org.iotssf.model.Measure;
import org.iotssf.model.Risk;
import org.iotssf.model.SystemModel;

/** Whether measures with valid evidence of the required strength cover a risk's viewpoint, as of a date. */
final class MeasureCoverage {

	/** The coverage of one viewpoint of one risk. */
	record Result(CoverageStatus status, List<Measure> measures, Explanation.Step why) {
	}

	private final Map<Risk, List<Measure>> measures = new HashMap<>();
	private final LocalDate asOf;

	MeasureCoverage(SystemModel system, LocalDate asOf) {
		this.asOf = asOf;
		for (Measure measure : system.getMeasures()) {
			measure.getRisks().forEach(r -> measures.computeIfAbsent(r, k -> new ArrayList<>()).add(measure));
		}
	}

	Result check(Risk risk, Requirement requirement) {
		List<Measure> serving = measures.getOrDefault(risk, List.of()).stream()
				.filter(m -> m.getViewpoints().stream().anyMatch(v -> requirement.name().equals(v.getName()))).toList();
		if (serving.isEmpty()) {
			return new Result(CoverageStatus.NO_MEASURE, serving, Explanation.step("coverage.noMeasure", risk.getName(), requirement.name()));
		}
		List<String> names = serving.stream().map(Measure::getName).toList();
		boolean anyEvidence = serving.stream().anyMatch(m -> !m.getEvidence().isEmpty());
		if (!anyEvidence) {
			return new Result(CoverageStatus.NO_EVIDENCE, serving, Explanation.step("coverage.noEvidence", names));
		}
		List<Evidence> valid = serving.stream().flatMap(m -> m.getEvidence().stream()).filter(this::valid).toList();
		if (valid.isEmpty()) {
			return new Result(CoverageStatus.EXPIRED_EVIDENCE, serving, Explanation.step("coverage.expired", names, asOf));
		}
		boolean accepted = valid.stream().anyMatch(e -> requirement.strength() == null
				|| requirement.strength().getEvidenceKinds().isEmpty()
				|| requirement.strength().getEvidenceKinds().contains(e.getKind()));
		if (!accepted) {
			return new Result(CoverageStatus.WEAK_EVIDENCE, serving, Explanation.step("coverage.weak", names,
					Phrase.join(valid.stream().map(e -> e.getKind()).distinct().map(Phrase::term).toList()), requirement.strengthPhrase(),
					Phrase.join(requirement.strength().getEvidenceKinds().stream().map(Phrase::term).toList())));
		}
		return new Result(CoverageStatus.COVERED, serving, Explanation.step("coverage.covered", names, asOf));
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
