// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.time.LocalDate;
import java.util.List;

import org.iotssf.model.Method;
import org.iotssf.model.SystemModel;

/** Everything the analysis says about one system, as of a date. */
public record SystemAnalysis(SystemModel system, Method method, LocalDate asOf, List<RiskResult> risks,
		List<UsageResult> usages, List<ElementResult> elements, List<ProductResult> products, List<Finding> coverage,
		List<Finding> findings) {

	public SystemAnalysis {
		risks = List.copyOf(risks);
		usages = List.copyOf(usages);
		elements = List.copyOf(elements);
		products = List.copyOf(products);
		coverage = List.copyOf(coverage);
		findings = List.copyOf(findings);
	}

	/** The most severe severity among coverage gaps and findings, or null when there are none. */
	public Severity worstSeverity() {
		return java.util.stream.Stream.concat(coverage.stream(), findings.stream()).map(Finding::severity)
				.max(Enum::compareTo).orElse(null);
	}
}
