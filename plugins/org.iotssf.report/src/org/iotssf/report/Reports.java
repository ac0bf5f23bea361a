// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.AnalysisJson;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.model.Element;

/**
 * Generates every report file as text, keyed by file name: a pure function, so the same input gives
 * byte-identical output; writing the files is the caller's job.
 */
public final class Reports {

	/** The formats reports can be written in. */
	public static final List<String> FORMATS = List.of("html", "md", "json", "csv", "sarif", "xlsx");

	/** The formats written when none are chosen: all text formats (the workbook is asked for by name). */
	public static final List<String> DEFAULT_FORMATS = List.of("html", "md", "json", "csv", "sarif");

	/** The file name of the run's workbook ({@code --format xlsx}). */
	public static final String WORKBOOK = "iotssf.xlsx";

	private Reports() {
	}

	/** What to generate, and from what. The models behind the analyses must be fully resolved. */
	public record Request(List<SystemAnalysis> analyses, Set<String> formats, Messages messages, LocalDate asOf,
			SourceLocator locator, List<Sarif.Result> validation, String toolVersion) {
	}

	/**
	 * Where generated files go. The documents of different systems are generated in parallel, so a sink
	 * must accept calls from several threads; the content does not depend on their order.
	 */
	@FunctionalInterface
	public interface Sink {

		/** A whole file. */
		void accept(String name, String content);

		/**
		 * A file that is written piece by piece (the JSON documents and the SARIF log, the largest files),
		 * so that it need not be held whole in memory; by default it is collected and passed to
		 * {@link #accept}.
		 */
		default void stream(String name, Consumer<Appendable> content) {
			StringBuilder text = new StringBuilder();
			content.accept(text);
			accept(name, text.toString());
		}
	}

	/** Generates the files into a map sorted by file name. */
	public static Map<String, String> generate(Request request) {
		Map<String, String> files = new ConcurrentSkipListMap<>();
		generate(request, files::put);
		return new TreeMap<>(files);
	}

	/**
	 * Generates the files and hands each to the sink as soon as it is done, so large models need not
	 * hold every document in memory.
	 */
	public static void generate(Request request, Sink sink) {
		// every element's result, for the products whose instances are in several of the systems
		Map<Element, ElementResult> elements = new HashMap<>();
		request.analyses().forEach(a -> a.elements().forEach(e -> elements.put(e.element(), e)));
		request.analyses().parallelStream().forEach(a -> system(a, request, elements, sink));
		// the run's two files of all systems, side by side: the documents are done, so their memory is free
		List<Runnable> runFiles = new ArrayList<>();
		if (request.formats().contains("csv")) {
			runFiles.add(() -> sink.accept("risk-register.csv", CsvRegister.write(request.analyses(), request.messages())));
		}
		if (request.formats().contains("sarif")) {
			runFiles.add(() -> {
				List<Sarif.Result> results = new ArrayList<>(request.validation());
				request.analyses().parallelStream().map(a -> Sarif.of(List.of(a), request.locator())).toList().forEach(results::addAll);
				sink.stream("iotssf.sarif", out -> Sarif.write(results, request.toolVersion(), out));
			});
		}
		runFiles.parallelStream().forEach(Runnable::run);
	}

	/** The run's workbook content when the request asks for xlsx, else null; a spreadsheet library writes it. */
	public static Workbook workbook(Request request) {
		return request.formats().contains("xlsx") ? Workbook.of(request.analyses(), request.messages(), request.locator()) : null;
	}

	private static void system(SystemAnalysis a, Request request, Map<Element, ElementResult> elements, Sink files) {
		Messages m = request.messages();
		String base = baseName(a.system().getName());
		boolean charts = request.formats().contains("html") || request.formats().contains("md");
		ReportContent content = charts ? ReportContent.of(a, m, request.locator(), elements::get) : null;
		if (request.formats().contains("html")) {
			files.accept(base + ".html", HtmlReport.write(a, content, request.locator()));
		}
		if (request.formats().contains("md")) {
			files.accept(base + ".md", MarkdownReport.write(a, content, request.locator(), base));
			files.accept(base + "-map.svg", content.map());
			files.accept(base + "-matrix.svg", content.matrix());
			files.accept(base + "-diagram.svg", content.diagram());
		}
		if (request.formats().contains("json")) {
			List<String> titles = ReportContent.titles(m);
			files.stream(base + ".json", out -> AnalysisJson.write(List.of(a), request.asOf(), request.locator(), json -> {
				json.name("document").beginObject().field("schema", "iotssf-report/1").field("language", m.language()).name("sections").beginArray();
				titles.forEach(json::value);
				json.endArray().endObject();
			}, out));
		}
	}

	/** The longest base name kept whole; longer ones are shortened so that every file name fits any file system. */
	static final int MAX_BASE_NAME = 100;

	/**
	 * A file name for a system: its name with anything but letters, digits, dot, dash and underscore
	 * replaced. A name longer than {@value #MAX_BASE_NAME} characters is cut and ends with a hash of the
	 * whole name, so it stays unique and stable, and the longest file name ({@code <base>-diagram.svg})
	 * fits the 255-byte limit of common file systems.
	 */
	public static String baseName(String systemName) {
		String base = systemName.replaceAll("[^A-Za-z0-9._-]", "_");
		if (base.length() <= MAX_BASE_NAME) {
			return base;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(systemName.getBytes(StandardCharsets.UTF_8));
			return base.substring(0, MAX_BASE_NAME - 9) + "-" + HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
