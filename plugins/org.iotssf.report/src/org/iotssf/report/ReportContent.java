// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.model.Element;
import org.iotssf.report.svg.CategorizationMap;
import org.iotssf.report.svg.SystemDiagram;
import org.iotssf.report.svg.ViewpointMatrix;

/**
 * The content of one system's document, computed once and shared by the HTML and Markdown writers so
 * that both say the same: the three charts and the sections in their order.
 */
public record ReportContent(Messages messages, String map, String matrix, String diagram, List<Section> sections) {

	public ReportContent {
		sections = List.copyOf(sections);
	}

	public static ReportContent of(SystemAnalysis a, Messages m, SourceLocator locator) {
		return of(a, m, locator, element -> null);
	}

	/**
	 * The content of one system's document, where {@code others} gives the results of elements of the other
	 * systems analyzed with it (null for an element not analyzed), so that a product's instances there are
	 * shown with their cells.
	 */
	public static ReportContent of(SystemAnalysis a, Messages m, SourceLocator locator, Function<Element, ElementResult> others) {
		String map = CategorizationMap.draw(a, m);
		String matrix = ViewpointMatrix.draw(a, m);
		String diagram = SystemDiagram.draw(a, m);
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("about", m.get("section.about"), Basis.about(a, m)));
		sections.add(new Section("summary", m.get("section.summary"), Sections.summary(a, m)));
		sections.add(new Section("system", m.get("section.system"), Assessment.system(a, m, others)));
		sections.add(new Section("risks", m.get("section.risks"), Assessment.risks(a, m)));
		sections.add(new Section("categorization", m.get("section.categorization"), Assessment.categorization(a, m)));
		sections.add(new Section("map", m.get("section.map"), List.of(new Block.Chart("map", map, m.get("map.caption"), m.get("section.map")))));
		sections.add(new Section("viewpoints", m.get("section.matrix"), List.of(new Block.Chart("matrix", matrix, m.get("matrix.caption"), m.get("section.matrix")))));
		sections.add(new Section("diagram", m.get("section.diagram"), List.of(new Block.Chart("diagram", diagram, m.get("diagram.caption"), m.get("section.diagram")))));
		sections.add(new Section("measures", m.get("section.measures"), Assessment.measures(a, m)));
		sections.add(new Section("stakeholders", m.get("section.stakeholders"), Sections.stakeholders(a, m)));
		List<Block> findings = new ArrayList<>(Sections.findings(a.findings(), locator, m));
		findings.addAll(Sections.safety(a, m));
		sections.add(new Section("findings", m.get("section.findings"), findings));
		List<Block> open = new ArrayList<>();
		open.add(new Block.Paragraph(m.get("coverage.caption", a.method().getName())));
		open.addAll(Sections.findings(a.coverage(), locator, m));
		sections.add(new Section("coverage", m.get("section.coverage"), open));
		List<Block> appendix = new ArrayList<>(Basis.method(a, m));
		appendix.addAll(Sections.explanations(a, m));
		sections.add(new Section("appendix", m.get("section.appendix"), appendix));
		return new ReportContent(m, map, matrix, diagram, sections);
	}

	/** The message keys of the sections' titles, in document order. */
	static final List<String> OUTLINE = List.of("section.about", "section.summary", "section.system", "section.risks",
			"section.categorization", "section.map", "section.matrix", "section.diagram", "section.measures", "section.stakeholders",
			"section.findings", "section.coverage", "section.appendix");

	/** The section titles in order, for the JSON document's outline. */
	public List<String> titles() {
		return sections.stream().map(Section::title).toList();
	}

	/** The section titles every document has, in order, without computing a document. */
	public static List<String> titles(Messages m) {
		return OUTLINE.stream().map(m::get).toList();
	}
}
