// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.Catalog;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;

/** Parses a model from a text block and analyzes its systems as of a fixed date. */
public class AnalysisTestSupport {

	/** The analysis date of every test. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

	@Inject
	private SsfTestSupport parser;

	@Inject
	private SsfMethodResolver methods;

	public SystemAnalysis analyze(String text) throws Exception {
		return analyzeAll(text).get(0);
	}

	/** Every system of the text, analyzed in order. */
	public List<SystemAnalysis> analyzeAll(String text) throws Exception {
		SsfModel model = parser.parse(text);
		if (!model.eResource().getErrors().isEmpty()) {
			throw new AssertionError("syntax errors: " + model.eResource().getErrors());
		}
		List<Catalog> catalogs = new ArrayList<>();
		for (Resource r : model.eResource().getResourceSet().getResources()) {
			((SsfModel) r.getContents().get(0)).getDeclarations().stream().filter(Catalog.class::isInstance)
					.map(Catalog.class::cast).forEach(catalogs::add);
		}
		List<SystemAnalysis> analyses = model.getDeclarations().stream().filter(SystemModel.class::isInstance).map(SystemModel.class::cast)
				.map(system -> Analyzer.analyze(system, methods.methodOf(system), AS_OF, catalogs)).toList();
		if (analyses.isEmpty()) {
			throw new AssertionError("no system in the text");
		}
		return analyses;
	}

	/** The findings and coverage gaps with the given code. */
	public static List<Finding> withCode(SystemAnalysis analysis, String code) {
		List<Finding> all = new ArrayList<>(analysis.findings());
		all.addAll(analysis.coverage());
		return all.stream().filter(f -> f.code().equals(code)).toList();
	}

	public static RiskResult risk(SystemAnalysis analysis, String name) {
		return analysis.risks().stream().filter(r -> r.risk().getName().equals(name)).findFirst().orElseThrow();
	}

	public static ElementResult element(SystemAnalysis analysis, String name) {
		return analysis.elements().stream().filter(r -> r.element().getName().equals(name)).findFirst().orElseThrow();
	}
}
