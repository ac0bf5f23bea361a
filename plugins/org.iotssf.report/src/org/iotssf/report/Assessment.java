// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.iotssf.analysis.Cell;
import org.iotssf.analysis.Categorization;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Policy;
import org.iotssf.analysis.ProductResult;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.UsageResult;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.Element;
import org.iotssf.model.Evidence;
import org.iotssf.model.Exposure;
import org.iotssf.model.Likelihood;
import org.iotssf.model.Measure;
import org.iotssf.model.NamedElement;
import org.iotssf.model.Risk;
import org.iotssf.model.UpdateCapability;
import org.iotssf.model.Usage;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.Instances;
import org.iotssf.report.svg.Labels;

/**
 * What was assessed, in the document's language: the usages and elements, every risk with its ratings
 * and reasons (the shape of public comment 5-1's table), the categorization result per usage and per
 * element in each usage (the framework's main result), and the measures with their evidence.
 */
public final class Assessment {

	private Assessment() {
	}

	/** The usages with their environments and elements, and the elements with what the framework asks about them. */
	public static List<Block> system(SystemAnalysis a, Messages m) {
		return system(a, m, element -> null);
	}

	/** As {@link #system(SystemAnalysis, Messages)}, with the results of the other systems' elements for the products. */
	public static List<Block> system(SystemAnalysis a, Messages m, Function<Element, ElementResult> others) {
		List<Block> blocks = new ArrayList<>();
		if (a.system().getDescription() != null) {
			blocks.add(new Block.Paragraph(a.system().getDescription()));
		}
		blocks.add(new Block.Heading(m.get("system.usages")));
		List<List<String>> usages = new ArrayList<>();
		for (Usage u : a.system().getUsages()) {
			usages.add(List.of(Labels.named(u), orEmpty(u.getEnvironment()), names(u.getElements(), m)));
		}
		blocks.add(usages.isEmpty() ? new Block.Paragraph(m.get("none"))
				: new Block.Table(List.of(m.get("col.usage"), m.get("col.environment"), m.get("col.elements")), usages));
		blocks.add(new Block.Heading(m.get("system.elements")));
		List<List<String>> elements = new ArrayList<>();
		for (Element e : a.system().getElements()) {
			elements.add(List.of(Labels.named(e), Instances.kind(e) == null ? "" : Labels.term(Instances.kind(e), m),
					e.getLayer() >= 1 && e.getLayer() <= 3 ? m.get("layer." + e.getLayer()) : e.getLayer() > 0 ? Integer.toString(e.getLayer()) : "", e.getDomain() == null ? "" : Labels.named(e.getDomain()),
					Labels.join(stakeholders(e, m), m),
					e.getExposure() == null || e.getExposure() == Exposure.UNSPECIFIED ? "" : Labels.term(e.getExposure(), m),
					e.getUpdate() == null || e.getUpdate() == UpdateCapability.UNSPECIFIED ? "" : Labels.term(e.getUpdate(), m)));
		}
		blocks.add(new Block.Table(List.of(m.get("col.element"), m.get("col.kind"), m.get("col.layer"), m.get("col.domain"),
				m.get("col.stakeholders"), m.get("col.exposure"), m.get("col.update")), elements));
		blocks.addAll(products(a, m, others));
		return blocks;
	}

	/**
	 * The products the elements are instances of (the framework's Figure 5): each instance's cell in each
	 * usage, the highest, and the instances in other systems loaded together.
	 */
	static List<Block> products(SystemAnalysis a, Messages m, Function<Element, ElementResult> others) {
		if (a.products().isEmpty()) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (ProductResult p : a.products()) {
			List<String> cells = new ArrayList<>();
			for (ProductResult.InUsage u : p.cells()) {
				cells.add(u.element().getName() + " / " + u.usage().getName() + ": " + (u.cell() == null ? m.get("product.unrated") : Labels.cell(u.cell(), m)));
			}
			List<String> elsewhere = new ArrayList<>();
			for (Element e : p.elsewhere()) {
				ElementResult result = others.apply(e);
				List<String> there = result == null ? List.of() : result.perUsage().stream()
						.map(u -> u.usage().getName() + ": " + (u.cell() == null ? m.get("product.unrated") : Labels.cell(u.cell(), m))).toList();
				elsewhere.add(ProductResult.qualified(e) + (there.isEmpty() ? "" : " (" + Labels.join(there, m) + ")"));
			}
			rows.add(List.of(Labels.named(p.product()), orEmpty(p.product().getMaker()), Labels.join(cells, m),
					p.worst() == null ? "" : Labels.cell(p.worst(), m), Labels.join(elsewhere, m)));
		}
		return List.of(new Block.Heading(m.get("system.products")), new Block.Paragraph(m.get("system.productsCaption")),
				new Block.Table(List.of(m.get("col.product"), m.get("col.maker"), m.get("col.cellsByUsage"), m.get("col.highest"),
						m.get("col.elsewhere")), rows));
	}

	/** One row per risk: risk, function, impacts, one column per axis, likelihood, usage and element, reason. */
	public static List<Block> risks(SystemAnalysis a, Messages m) {
		List<Axis> axes = MethodParts.axes(a.method());
		List<String> header = new ArrayList<>(List.of(m.get("col.risk"), m.get("col.function"), m.get("col.impacts")));
		for (int i = 0; i < axes.size(); i++) {
			header.add(Labels.axis(axes.get(i), i + 1, m));
		}
		header.addAll(List.of(m.get("col.likelihood"), m.get("col.usageElement"), m.get("col.reason")));
		List<List<String>> rows = new ArrayList<>();
		for (RiskResult r : a.risks()) {
			Risk risk = r.risk();
			List<String> row = new ArrayList<>(List.of(Labels.named(risk), orEmpty(risk.getFunction()), Labels.terms(risk.getImpacts(), m)));
			for (Axis axis : axes) {
				row.add(rating(risk, r.cell(), axis, m));
			}
			row.add(risk.getLikelihood() == null || risk.getLikelihood() == Likelihood.UNSPECIFIED ? "" : Labels.term(risk.getLikelihood(), m));
			row.add(Labels.named(risk.getUsage()) + " / " + Labels.named(risk.getElement()));
			row.add(orEmpty(risk.getRationale()));
			rows.add(row);
		}
		if (rows.isEmpty()) {
			return List.of(new Block.Paragraph(m.get("none")));
		}
		return List.of(new Block.Paragraph(m.get("risks.caption", Labels.method(a.method(), m))), new Block.Table(header, rows));
	}

	/** The level on an axis, with the physical/cyber split when the risk states it. */
	private static String rating(Risk risk, Cell cell, Axis axis, Messages m) {
		RatedLevel level = cell == null ? null : cell.on(axis.getName());
		if (level == null) {
			return m.get("notRated");
		}
		String text = Labels.level(level, m);
		for (AxisRating rating : risk.getRatings()) {
			if (rating.getAxis() == axis || rating.getAxis() != null && axis.getName().equals(rating.getAxis().getName())) {
				if (rating.getPhysical() != null && rating.getCyber() != null) {
					text += " " + m.get("risks.split", Labels.level(rating.getPhysical(), m), Labels.level(rating.getCyber(), m));
				}
			}
		}
		return text;
	}

	/**
	 * The categorization result: per usage and per element in each usage, the level on each axis and the
	 * viewpoints the method requires for that category, with the usage's environment.
	 */
	public static List<Block> categorization(SystemAnalysis a, Messages m) {
		List<Axis> axes = MethodParts.axes(a.method());
		Policy policy = new Policy(a.method());
		List<String> header = new ArrayList<>(List.of(m.get("col.subject"), m.get("col.usage")));
		for (int i = 0; i < axes.size(); i++) {
			header.add(Labels.axis(axes.get(i), i + 1, m));
		}
		header.add(m.get("col.required", a.method().getName()));
		header.add(m.get("col.environment"));
		List<List<String>> rows = new ArrayList<>();
		for (UsageResult u : a.usages()) {
			rows.add(row(m.get("subject.usage"), u.usage(), u.cell(), u.categorization(), axes, m));
		}
		for (ElementResult e : a.elements()) {
			for (ElementResult.PerUsage p : e.perUsage()) {
				rows.add(row(Labels.named(e.element()), p.usage(), p.cell(), p.cell() == null ? null : policy.categorize(p.cell(), e.element()), axes, m));
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(m.get("categorization.caption", Labels.method(a.method(), m))));
		blocks.add(new Block.Table(header, rows));
		List<String> spread = a.elements().stream().filter(ElementResult::spread).map(e -> m.get("categorization.spread", Labels.named(e.element()),
				Labels.join(e.perUsage().stream().filter(p -> p.cell() != null)
						.map(p -> Labels.named(p.usage()) + " " + Labels.cell(p.cell(), m)).toList(), m))).toList();
		if (!spread.isEmpty()) {
			blocks.add(new Block.Items(spread));
		}
		return blocks;
	}

	private static List<String> row(String subject, Usage usage, Cell cell, Categorization categorization, List<Axis> axes, Messages m) {
		List<String> row = new ArrayList<>(List.of(subject, Labels.named(usage)));
		for (Axis axis : axes) {
			RatedLevel level = cell == null ? null : cell.on(axis.getName());
			row.add(level == null ? "—" : Labels.level(level, m));
		}
		row.add(cell == null ? m.get("categorization.noRisk") : categorization.deMinimis() ? m.get("deMinimis")
				: categorization.requirements().isEmpty() ? m.get("categorization.nothing")
						: Labels.join(categorization.requirements().stream().map(q -> Labels.requirement(q, m)).toList(), m));
		row.add(orEmpty(usage.getEnvironment()));
		return row;
	}

	/** The measures: viewpoints, lifecycle stages, who takes them, the risks and elements, and the evidence. */
	public static List<Block> measures(SystemAnalysis a, Messages m) {
		List<List<String>> rows = new ArrayList<>();
		for (Measure measure : a.system().getMeasures()) {
			rows.add(List.of(Labels.named(measure),
					String.join(", ", measure.getViewpoints().stream().map(NamedElement::getName).toList()),
					Labels.join(measure.getStages().stream().map(s -> Labels.of(s, m)).toList(), m),
					names(measure.getResponsible(), m), names(measure.getRisks(), m), names(measure.getTargets(), m),
					String.join("; ", measure.getEvidence().stream().map(e -> evidence(e, m)).toList())));
		}
		if (rows.isEmpty()) {
			return List.of(new Block.Paragraph(m.get("measures.none")));
		}
		return List.of(new Block.Table(List.of(m.get("col.measure"), m.get("col.viewpoint"), m.get("col.stages"), m.get("col.responsible"),
				m.get("col.addresses"), m.get("col.elements"), m.get("col.evidenceOf")), rows));
	}

	/** "third-party certification "ISMS certificate", issued by X, 2024-10-01 – 2027-09-30". */
	public static String evidence(Evidence e, Messages m) {
		StringBuilder text = new StringBuilder(Labels.term(e.getKind(), m));
		if (e.getTitle() != null) {
			text.append(m.japanese() ? "「" + e.getTitle() + "」" : " \"" + e.getTitle() + "\"");
		}
		String issuer = e.getIssuedBy() != null ? Labels.named(e.getIssuedBy()) : e.getIssuer();
		if (issuer != null) {
			text.append(m.get("evidence.issuer", issuer));
		}
		if (e.getIssued() != null && e.getValidUntil() != null) {
			text.append(m.get("evidence.dates", e.getIssued(), e.getValidUntil()));
		} else if (e.getIssued() != null) {
			text.append(m.get("evidence.from", e.getIssued()));
		} else if (e.getValidUntil() != null) {
			text.append(m.get("evidence.until", e.getValidUntil()));
		}
		return text.toString();
	}

	private static List<String> stakeholders(Element e, Messages m) {
		List<String> texts = new ArrayList<>();
		Map<String, NamedElement> roles = new java.util.LinkedHashMap<>();
		roles.put("maker", e.getMaker());
		roles.put("integrator", e.getIntegrator());
		roles.put("owner", e.getOwner());
		roles.put("operator", e.getOperator());
		roles.forEach((role, who) -> {
			if (who != null) {
				texts.add(m.get("element." + role, who.getName()));
			}
		});
		return texts;
	}

	private static String names(List<? extends NamedElement> objects, Messages m) {
		return Labels.join(objects.stream().map(Labels::named).toList(), m);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
