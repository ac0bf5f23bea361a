// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.Cell;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.ProductResult;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.UsageResult;
import org.iotssf.model.Axis;
import org.iotssf.model.Level;
import org.iotssf.model.Product;
import org.iotssf.model.support.Instances;
import org.iotssf.model.support.MethodParts;
import org.iotssf.report.Messages;

/**
 * The categorization map (the framework's Figure 5): the grid of the method's first two axes, with
 * risks in their cells and usages and elements in their aggregated cells. An element in several
 * usages gets one mark per usage, and its marks in different cells are linked by a dashed line.
 */
public final class CategorizationMap {

	static final double CELL_W = 230;
	static final double CELL_H = 150;
	static final double LEFT = 280;
	static final double TOP = 50;
	static final int MAX_LINES = 8;
	static final double LINE = 15;

	private CategorizationMap() {
	}

	/** A mark in a cell: its kind (risk, usage, element) and label. */
	private record Mark(String kind, String label, String tooltip, String link) {
	}

	public static String draw(SystemAnalysis a, Messages m) {
		List<Axis> axes = MethodParts.axes(a.method());
		if (axes.size() < 2) {
			return new Svg(400, 60, m.get("map.title")).text(10, 30, m.get("map.needsTwoAxes"), "note").toString(Css.CHART);
		}
		Axis rows = axes.get(0);
		Axis cols = axes.get(1);
		int nr = rows.getLevels().size();
		int nc = cols.getLevels().size();
		Map<String, List<Mark>> cells = new LinkedHashMap<>();
		for (RiskResult r : a.risks()) {
			add(cells, r.cell(), new Mark("risk", r.risk().getName(), r.explanation().oneLine(m.language()), null));
		}
		for (UsageResult u : a.usages()) {
			add(cells, u.cell(), new Mark("usage", u.usage().getName(), u.explanation().oneLine(m.language()), null));
		}
		// the same element in different cells is linked across its usages, and so are the instances of a product in different cells
		Map<Product, ProductResult> products = new LinkedHashMap<>();
		a.products().forEach(p -> products.put(p.product(), p));
		for (ElementResult e : a.elements()) {
			ProductResult product = products.get(Instances.product(e.element()));
			String link = product != null && product.spread() ? "product " + product.product().getName()
					: e.spread() ? "element " + e.element().getName() : null;
			for (ElementResult.PerUsage p : e.perUsage()) {
				add(cells, p.cell(), new Mark("element", e.element().getName() + " @ " + p.usage().getName(),
						p.explanation().oneLine(m.language()), link));
			}
		}
		double width = LEFT + nc * CELL_W + 20;
		double height = TOP + nr * CELL_H + 90;
		Svg svg = new Svg(width, height, m.get("map.title"));
		svg.text(LEFT + nc * CELL_W / 2, 24, Labels.of(cols, m) + " →", "axis-title centered");
		svg.text(LEFT - 8, 24, "↑ " + Labels.of(rows, m), "axis-title end");
		Map<String, List<double[]>> links = new LinkedHashMap<>();
		for (int r = 0; r < nr; r++) {
			Level rowLevel = rows.getLevels().get(nr - 1 - r);
			double y = TOP + r * CELL_H;
			svg.text(LEFT - 8, y + CELL_H / 2 - 6, head(rowLevel, m), "head end");
			svg.label(LEFT - 8, y + CELL_H / 2 + 9, note(rowLevel, m), 40, "level end");
			for (int c = 0; c < nc; c++) {
				Level colLevel = cols.getLevels().get(c);
				double x = LEFT + c * CELL_W;
				int weight = (nr - r) + (c + 1);
				svg.rect(x, y, CELL_W, CELL_H, "cell w" + Math.min(weight, 6));
				List<Mark> marks = cells.getOrDefault(rowLevel.getName() + "/" + colLevel.getName(), List.of());
				for (int i = 0; i < Math.min(marks.size(), MAX_LINES); i++) {
					Mark mark = marks.get(i);
					double my = y + 18 + i * LINE;
					mark(svg, mark, x + 10, my);
					if (mark.link() != null) {
						links.computeIfAbsent(mark.link(), k -> new ArrayList<>()).add(new double[] { x + 10, my - 4 });
					}
				}
				if (marks.size() > MAX_LINES) {
					svg.text(x + 10, y + 18 + MAX_LINES * LINE, m.get("map.more", marks.size() - MAX_LINES), "note");
				}
			}
		}
		for (int c = 0; c < nc; c++) {
			Level level = cols.getLevels().get(c);
			svg.text(LEFT + c * CELL_W + CELL_W / 2, TOP + nr * CELL_H + 16, head(level, m), "head centered");
			svg.label(LEFT + c * CELL_W + CELL_W / 2, TOP + nr * CELL_H + 31, note(level, m), 36, "level centered");
		}
		for (List<double[]> points : links.values()) {
			for (int i = 1; i < points.size(); i++) {
				svg.line(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1], "link");
			}
		}
		legend(svg, TOP + nr * CELL_H + 60, m);
		return svg.toString(Css.CHART);
	}

	private static void add(Map<String, List<Mark>> cells, Cell cell, Mark mark) {
		if (cell != null && cell.levels().size() >= 2) {
			cells.computeIfAbsent(cell.levels().get(0).level() + "/" + cell.levels().get(1).level(), k -> new ArrayList<>()).add(mark);
		}
	}

	private static void mark(Svg svg, Mark mark, double x, double y) {
		switch (mark.kind()) {
			case "risk" -> svg.circle(x + 4, y - 4, 4, "mark-risk", mark.tooltip());
			case "usage" -> svg.rect(x, y - 8, 8, 8, "mark-usage");
			default -> svg.rect(x + 1, y - 7, 6, 6, "mark-element");
		}
		svg.text(x + 13, y, mark.label(), "mark-label");
	}

	private static void legend(Svg svg, double y, Messages m) {
		svg.circle(LEFT + 4, y - 4, 4, "mark-risk", null).text(LEFT + 13, y, m.get("map.legend.risk"), "mark-label");
		svg.rect(LEFT + 110, y - 8, 8, 8, "mark-usage").text(LEFT + 123, y, m.get("map.legend.usage"), "mark-label");
		svg.rect(LEFT + 231, y - 7, 6, 6, "mark-element").text(LEFT + 243, y, m.get("map.legend.element"), "mark-label");
		svg.line(LEFT + 400, y - 4, LEFT + 430, y - 4, "link").text(LEFT + 436, y, m.get("map.legend.link"), "mark-label");
	}

	/** A level's heading on the grid: its name in English, its Japanese label ("大") in Japanese. */
	private static String head(Level level, Messages m) {
		return m.japanese() ? Labels.of(level, m) : level.getName();
	}

	/** The line under it: the English label, or the Japanese description up to its first colon or full stop. */
	private static String note(Level level, Messages m) {
		if (!m.japanese()) {
			return Labels.of(level, m);
		}
		String description = Labels.description(level, m);
		if (description == null) {
			return "";
		}
		int end = description.length();
		for (char stop : new char[] { '：', '。' }) {
			int at = description.indexOf(stop);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		return description.substring(0, end);
	}
}
