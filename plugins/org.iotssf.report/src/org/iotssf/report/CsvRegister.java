// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SafetyLevel;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.ImpactKind;
import org.iotssf.model.Risk;
import org.iotssf.model.Likelihood;
import org.iotssf.model.Stakeholder;
import org.iotssf.report.svg.Labels;

/**
 * The risk register as CSV (RFC 4180, CRLF line ends): one row per risk in its usage. Fields that a
 * spreadsheet would read as a formula are prefixed with an apostrophe.
 */
public final class CsvRegister {

	private CsvRegister() {
	}

	/** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark (Japanese Windows: as Shift_JIS). */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	/**
	 * The risk register. In Japanese it starts with a byte-order mark, so that Excel on Japanese Windows opens it
	 * correctly, and yes/no, strengths and coverage are written in Japanese; identifiers stay as in the model.
	 */
	public static String write(List<SystemAnalysis> analyses, Messages m) {
		StringBuilder csv = new StringBuilder(m.japanese() ? BYTE_ORDER_MARK : "");
		row(csv, List.of(m.get("csv.system"), m.get("col.risk"), m.get("csv.title"), m.get("csv.usage"), m.get("csv.usageTitle"),
				m.get("csv.element"), m.get("csv.elementTitle"), m.get("csv.function"), m.get("csv.impacts"), m.get("col.cell"), m.get("csv.ranks"),
				m.get("csv.split"), m.get("csv.deMinimis"),
				m.get("csv.likelihood"), m.get("col.safetyLevels"), m.get("col.viewpoint"), m.get("col.coverage"), m.get("csv.stakeholders"),
				m.get("csv.rationale")));
		for (SystemAnalysis a : analyses) {
			for (RiskResult r : a.risks()) {
				List<String> fields = new ArrayList<>();
				fields.add(a.system().getName());
				fields.add(r.risk().getName());
				fields.add(nullToEmpty(r.risk().getTitle()));
				fields.add(r.risk().getUsage() == null ? "" : r.risk().getUsage().getName());
				fields.add(r.risk().getUsage() == null ? "" : nullToEmpty(r.risk().getUsage().getTitle()));
				fields.add(r.risk().getElement() == null ? "" : r.risk().getElement().getName());
				fields.add(r.risk().getElement() == null ? "" : nullToEmpty(r.risk().getElement().getTitle()));
				fields.add(nullToEmpty(r.risk().getFunction()));
				fields.add(m.japanese() ? Labels.terms(r.risk().getImpacts(), m) : r.risk().getImpacts().stream().map(ImpactKind::getLiteral).collect(Collectors.joining(" ")));
				fields.add(r.cell() == null ? "" : r.cell().in(m.language()));
				fields.add(r.cell() == null ? "" : r.cell().levels().stream().map(l -> Integer.toString(l.rank())).collect(Collectors.joining("/")));
				fields.add(split(r.risk(), m));
				fields.add(m.japanese() ? m.get(r.deMinimis() ? "csv.yes" : "csv.no") : Boolean.toString(r.deMinimis()));
				fields.add(r.risk().getLikelihood() == Likelihood.UNSPECIFIED ? "" : (m.japanese() ? Labels.term(r.risk().getLikelihood(), m) : r.risk().getLikelihood().getLiteral()));
				fields.add(String.join("; ", r.safetyLevels().stream().filter(SafetyLevel::derivable).map(SafetyLevel::value).toList()));
				fields.add(r.viewpoints().stream().map(v -> v.requirement().name() + " "
						+ (m.japanese() ? Labels.strength(v.requirement(), m) : v.requirement().strengthName())).collect(Collectors.joining("; ")));
				fields.add(r.viewpoints().stream().map(v -> v.requirement().name() + " "
						+ (m.japanese() ? v.coverage().label(m.language()) : v.coverage().label())).collect(Collectors.joining("; ")));
				fields.add(r.viewpoints().stream().map(v -> v.requirement().name() + " " + v.stakeholders().stream().map(Stakeholder::getName)
						.collect(Collectors.joining(" "))).collect(Collectors.joining("; ")));
				fields.add(nullToEmpty(r.risk().getRationale()));
				row(csv, fields);
			}
		}
		return csv.toString();
	}

	/** One field, quoted when needed, with formula injection neutralized. */
	public static String field(String text) {
		String value = text;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r") || value.contains("'")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static void row(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(CsvRegister::field).collect(Collectors.joining(","))).append("\r\n");
	}

	/** The physical/cyber split of the ratings that state one: "recovery: physical high, cyber low". */
	private static String split(Risk risk, Messages m) {
		List<String> parts = new ArrayList<>();
		for (AxisRating rating : risk.getRatings()) {
			if (rating.getAxis() != null && rating.getPhysical() != null && rating.getCyber() != null) {
				parts.add(m.get("csv.splitOf", m.japanese() ? Labels.of(rating.getAxis(), m) : rating.getAxis().getName(),
						m.japanese() ? Labels.of(rating.getPhysical(), m) : rating.getPhysical().getName(),
						m.japanese() ? Labels.of(rating.getCyber(), m) : rating.getCyber().getName()));
			}
		}
		return String.join("; ", parts);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
