// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Severity;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.JsonWriter;
import org.iotssf.analysis.output.SourceLocator;

/**
 * SARIF 2.1.0 for code-scanning services: validation issues and analysis findings, located in the
 * .ssf sources (paths as given on the command line, lines and columns from 1).
 */
public final class Sarif {

	/** One result: a rule (issue or finding code), level (error, warning, note), message and location. */
	public record Result(String ruleId, String level, String message, String file, int line, int column) {
	}

	private Sarif() {
	}

	/** The results of the findings and coverage gaps of the analyses. */
	public static List<Result> of(List<SystemAnalysis> analyses, SourceLocator locator) {
		List<Result> results = new ArrayList<>();
		for (SystemAnalysis a : analyses) {
			for (Finding f : concat(a.findings(), a.coverage())) {
				SourceLocator.Location at = locator.locate(f.location());
				results.add(new Result(f.code(), level(f.severity()), f.message() + " (" + f.explanation().oneLine() + ")",
						at == null ? null : at.file(), at == null ? 0 : at.line(), at == null ? 0 : at.column()));
			}
		}
		return results;
	}

	public static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "note";
		};
	}

	public static String write(List<Result> results, String toolVersion) {
		StringBuilder text = new StringBuilder();
		write(results, toolVersion, text);
		return text.toString();
	}

	/** Streams the SARIF log to the sink as it is written. */
	public static void write(List<Result> results, String toolVersion, Appendable sink) {
		JsonWriter json = new JsonWriter(sink).beginObject().field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
				.field("version", "2.1.0").name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject().field("name", "iotssf").field("version", toolVersion).name("rules").beginArray();
		TreeMap<String, String> rules = new TreeMap<>();
		results.forEach(r -> rules.putIfAbsent(r.ruleId(), r.level()));
		rules.forEach((id, level) -> json.beginObject().field("id", id).name("shortDescription").beginObject().field("text", id)
				.endObject().name("defaultConfiguration").beginObject().field("level", level).endObject().endObject());
		json.endArray().endObject().endObject().name("results").beginArray();
		for (Result r : results) {
			json.beginObject().field("ruleId", r.ruleId()).field("level", r.level()).name("message").beginObject()
					.field("text", r.message()).endObject();
			if (r.file() != null) {
				json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject().name("artifactLocation")
						.beginObject().field("uri", r.file().replace('\\', '/')).endObject().name("region").beginObject()
						.field("startLine", Math.max(1, r.line())).field("startColumn", Math.max(1, r.column())).endObject().endObject()
						.endObject().endArray();
			}
			json.endObject();
		}
		json.endArray().endObject().endArray().endObject().finish();
	}

	private static List<Finding> concat(List<Finding> a, List<Finding> b) {
		List<Finding> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
