// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.analysis.Cell;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.ProductResult;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.Requirement;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SafetyLevel;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.UsageResult;
import org.iotssf.model.Axis;
import org.iotssf.model.Element;
import org.iotssf.model.Level;
import org.iotssf.model.AxisRating;
import org.iotssf.model.ImpactKind;
import org.iotssf.model.Likelihood;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.CatalogItems;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.Instances;

/** The analysis as JSON, in the stable schema documented in docs/analysis-json.md. A pure function. */
public final class AnalysisJson {

	/** The schema version; raised on any incompatible change. */
	public static final String SCHEMA = "iotssf-analysis/1";

	private final SourceLocator locator;
	private final JsonWriter json;

	private AnalysisJson(SourceLocator locator, JsonWriter json) {
		this.locator = locator;
		this.json = json;
	}

	public static String write(List<SystemAnalysis> analyses, LocalDate asOf, SourceLocator locator) {
		return write(analyses, asOf, locator, json -> {
		});
	}

	/** The analysis document with further top-level members written by {@code extra} after "systems". */
	public static String write(List<SystemAnalysis> analyses, LocalDate asOf, SourceLocator locator, Consumer<JsonWriter> extra) {
		JsonWriter json = new JsonWriter();
		write(analyses, asOf, locator, extra, json);
		return json.toString();
	}

	/**
	 * Streams the analysis document to the sink as it is written, system by system; the systems may be
	 * analyzed lazily as the iteration reaches them, so only one need be held at a time.
	 */
	public static void write(Iterable<SystemAnalysis> analyses, LocalDate asOf, SourceLocator locator, Appendable sink) {
		write(analyses, asOf, locator, json -> {
		}, sink);
	}

	/** Streams the analysis document with further top-level members written by {@code extra} after "systems". */
	public static void write(Iterable<SystemAnalysis> analyses, LocalDate asOf, SourceLocator locator, Consumer<JsonWriter> extra,
			Appendable sink) {
		JsonWriter json = new JsonWriter(sink);
		write(analyses, asOf, locator, extra, json);
		json.finish();
	}

	private static void write(Iterable<SystemAnalysis> analyses, LocalDate asOf, SourceLocator locator,
			Consumer<JsonWriter> extra, JsonWriter json) {
		AnalysisJson writer = new AnalysisJson(locator, json);
		json.beginObject().field("schema", SCHEMA).field("asOf", asOf.toString()).name("systems").beginArray();
		analyses.forEach(writer::system);
		json.endArray();
		extra.accept(json);
		json.endObject();
	}

	private void system(SystemAnalysis a) {
		json.beginObject().field("name", a.system().getName()).field("title", a.system().getTitle());
		location(a.system());
		method(a);
		json.name("summary");
		summary(a);
		json.name("risks").beginArray();
		a.risks().forEach(this::risk);
		json.endArray().name("usages").beginArray();
		a.usages().forEach(this::usage);
		json.endArray().name("elements").beginArray();
		a.elements().forEach(this::element);
		json.endArray().name("products").beginArray();
		a.products().forEach(this::product);
		json.endArray().name("coverage").beginArray();
		a.coverage().forEach(this::finding);
		json.endArray().name("findings").beginArray();
		a.findings().forEach(this::finding);
		json.endArray().endObject();
	}

	private void method(SystemAnalysis a) {
		json.name("method").beginObject().field("name", a.method().getName())
				.field("aggregation", MethodParts.aggregation(a.method()).getLiteral()).name("axes").beginArray();
		for (Axis axis : MethodParts.axes(a.method())) {
			json.beginObject().field("name", axis.getName()).field("label", axis.getTitle()).field("labelJa", axis.getLabelJa())
					.name("levels").beginArray();
			for (Level level : axis.getLevels()) {
				json.beginObject().field("name", level.getName()).field("rank", level.rank()).field("label", level.getTitle())
						.field("labelJa", level.getLabelJa()).endObject();
			}
			json.endArray().endObject();
		}
		json.endArray().name("viewpoints").beginArray();
		for (Viewpoint v : MethodParts.viewpoints(a.method())) {
			json.beginObject().field("name", v.getName()).field("label", v.getTitle()).field("labelJa", v.getLabelJa()).endObject();
		}
		json.endArray().endObject();
	}

	private void summary(SystemAnalysis a) {
		Map<String, Integer> cells = new TreeMap<>();
		Map<String, Integer> viewpoints = new TreeMap<>();
		a.risks().forEach(r -> {
			if (r.cell() != null) {
				cells.merge(r.cell().key(), 1, Integer::sum);
			}
			r.viewpoints().forEach(v -> viewpoints.merge(v.requirement().name(), 1, Integer::sum));
		});
		Map<String, Integer> severities = new TreeMap<>();
		a.findings().forEach(f -> severities.merge(f.severity().label(), 1, Integer::sum));
		Map<String, Integer> gaps = new TreeMap<>();
		a.coverage().forEach(f -> gaps.merge(f.severity().label(), 1, Integer::sum));
		json.beginObject().field("risks", a.risks().size()).field("usages", a.usages().size()).field("elements", a.elements().size());
		counts("cells", cells);
		counts("viewpoints", viewpoints);
		counts("coverage", gaps);
		counts("findings", severities);
		json.endObject();
	}

	private void counts(String name, Map<String, Integer> counts) {
		json.name(name).beginObject();
		counts.forEach((k, v) -> json.field(k, v));
		json.endObject();
	}

	private void risk(RiskResult r) {
		json.beginObject().field("name", r.risk().getName()).field("title", r.risk().getTitle())
				.field("usage", Labels.of(r.risk().getUsage())).field("element", Labels.of(r.risk().getElement()))
				.field("function", r.risk().getFunction())
				.field("impacts", r.risk().getImpacts().stream().map(ImpactKind::getLiteral).toList())
				.field("rationale", r.risk().getRationale());
		location(r.risk());
		cell(r.cell());
		json.name("split").beginArray();
		for (AxisRating rating : r.risk().getRatings()) {
			if (rating.getAxis() != null && rating.getPhysical() != null && rating.getCyber() != null) {
				json.beginObject().field("axis", rating.getAxis().getName()).field("physical", rating.getPhysical().getName())
						.field("cyber", rating.getCyber().getName()).endObject();
			}
		}
		json.endArray();
		json.field("unratedAxes", r.unratedAxes()).field("deMinimis", r.deMinimis())
				.field("likelihood", r.risk().getLikelihood() == Likelihood.UNSPECIFIED ? null : r.risk().getLikelihood().getLiteral());
		json.name("safetyLevels").beginArray();
		for (SafetyLevel level : r.safetyLevels()) {
			json.beginObject().field("standard", level.standard().getLiteral()).field("value", level.value())
					.field("derivable", level.derivable());
			explanation(level.explanation());
			json.endObject();
		}
		json.endArray().name("viewpoints").beginArray();
		for (RiskViewpoint v : r.viewpoints()) {
			requirement(v.requirement(), false);
			json.field("stakeholders", v.stakeholders().stream().map(Labels::of).toList()).field("agreed", v.agreed())
					.field("coverage", v.coverage().label()).field("measures", v.measures().stream().map(Labels::of).toList());
			explanation(v.explanation());
			json.endObject();
		}
		json.endArray().field("catalogItems", r.candidateItems().stream()
				.map(CatalogItems::key).toList());
		explanation(r.explanation());
		json.endObject();
	}

	private void requirement(Requirement requirement, boolean close) {
		json.beginObject().field("viewpoint", requirement.name()).field("strength", requirement.strength() == null ? null
				: requirement.strength().getName()).field("rules", requirement.rules());
		if (close) {
			json.endObject();
		}
	}

	private void usage(UsageResult u) {
		json.beginObject().field("name", u.usage().getName()).field("title", u.usage().getTitle());
		location(u.usage());
		cell(u.cell());
		json.field("risks", u.risks()).field("deMinimis", u.categorization() != null && u.categorization().deMinimis())
				.name("viewpoints").beginArray();
		if (u.categorization() != null) {
			u.categorization().requirements().forEach(r -> requirement(r, true));
		}
		json.endArray();
		explanation(u.explanation());
		json.endObject();
	}

	private void element(ElementResult e) {
		json.beginObject().field("name", e.element().getName()).field("title", e.element().getTitle())
				.field("kind", Instances.kind(e.element()).getLiteral()).field("layer", e.element().getLayer())
				.field("domain", e.element().getDomain() == null ? null : e.element().getDomain().getName());
		location(e.element());
		cell(e.worst());
		json.field("spread", e.spread()).name("usages").beginArray();
		for (ElementResult.PerUsage p : e.perUsage()) {
			json.beginObject().field("usage", p.usage().getName());
			cell(p.cell());
			json.field("risks", p.risks());
			explanation(p.explanation());
			json.endObject();
		}
		json.endArray();
		explanation(e.explanation());
		json.endObject();
	}

	private void product(ProductResult p) {
		json.beginObject().field("name", p.product().getName()).field("title", p.product().getTitle()).field("maker", p.product().getMaker());
		location(p.product());
		cell(p.worst());
		json.field("spread", p.spread()).field("instances", p.instances().stream().map(Element::getName).toList()).name("usages").beginArray();
		for (ProductResult.InUsage u : p.cells()) {
			json.beginObject().field("element", u.element().getName()).field("usage", u.usage().getName());
			cell(u.cell());
			json.endObject();
		}
		json.endArray().field("elsewhere", p.elsewhere().stream().map(ProductResult::qualified).toList());
		explanation(p.explanation());
		json.endObject();
	}

	private void finding(Finding f) {
		json.beginObject().field("code", f.code()).field("severity", f.severity().label()).field("message", f.message());
		location(f.location());
		json.field("involved", f.involved().stream().map(Labels::of).toList());
		explanation(f.explanation());
		json.endObject();
	}

	private void cell(Cell cell) {
		json.name("cell");
		if (cell == null) {
			json.nullValue();
			return;
		}
		json.beginObject().field("key", cell.key()).name("levels").beginArray();
		for (RatedLevel l : cell.levels()) {
			json.beginObject().field("axis", l.axis()).field("level", l.level()).field("rank", l.rank()).field("label", l.label()).endObject();
		}
		json.endArray().endObject();
	}

	private void location(EObject object) {
		SourceLocator.Location location = locator.locate(object);
		json.name("location");
		if (location == null) {
			json.nullValue();
		} else {
			json.beginObject().field("file", location.file()).field("line", location.line()).field("column", location.column()).endObject();
		}
	}

	private void explanation(Explanation explanation) {
		json.field("explanation", explanation.steps());
	}
}
