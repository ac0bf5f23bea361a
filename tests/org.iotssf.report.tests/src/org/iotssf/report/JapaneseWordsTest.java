// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.analysis.AnalysisTestSupport;
import org.iotssf.analysis.CoverageStatus;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.model.Axis;
import org.iotssf.model.EvidenceKind;
import org.iotssf.model.ImpactKind;
import org.iotssf.model.Level;
import org.iotssf.model.StakeholderRole;
import org.iotssf.model.Strength;
import org.iotssf.model.support.MethodParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Japanese documents carry no English identifiers in their prose and tables: no cell key, level, axis or
 * strength name of the method, no role, impact or evidence kind, no coverage state. Model text (names,
 * titles, rationales, as the user wrote them) is taken out first; so are markup and finding codes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class JapaneseWordsTest {

	@Inject
	private AnalysisTestSupport support;

	@Test
	public void theJapaneseDocumentsOfEveryExampleUseJapaneseWords() throws Exception {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Path.of("../../examples"))) {
			examples = files.filter(f -> f.toString().endsWith(".ssf")).sorted().toList();
		}
		assertTrue(examples.size() >= 3, "examples: " + examples);
		for (Path example : examples) {
			SystemAnalysis a = support.analyze(Files.readString(example));
			Map<String, String> files = Reports.generate(new Reports.Request(List.of(a), Set.of("html", "md", "csv"), Messages.of("ja"),
					AnalysisTestSupport.AS_OF, ReportsTest.LOCATOR, List.of(), "test"));
			Pattern identifiers = identifiers(a);
			List<String> modelText = modelText(a);
			for (Map.Entry<String, String> file : files.entrySet()) {
				if (file.getKey().endsWith(".json")) {
					continue;
				}
				String prose = prose(file.getValue(), modelText);
				Matcher found = identifiers.matcher(prose);
				if (found.find()) {
					int from = Math.max(0, found.start() - 60);
					throw new AssertionError(example.getFileName() + " " + file.getKey() + ": English identifier '" + found.group()
							+ "' in «" + prose.substring(from, Math.min(prose.length(), found.end() + 60)) + "»");
				}
			}
		}
	}

	@Test
	public void theCheckFindsAnIdentifierLeftInJapanese() throws Exception {
		SystemAnalysis a = support.analyze(Files.readString(Path.of("../../examples/hospital-hvac.ssf")));
		String prose = prose("<td>カテゴリ low/medium</td> <td>V1 declared</td>", modelText(a));
		assertTrue(identifiers(a).matcher(prose).find(), prose);
		assertTrue(!identifiers(a).matcher(prose("<td class=\"covered\">対策済み</td>", modelText(a))).find());
	}

	/** The identifiers that must not appear: the method's axis, level and strength names, and the fixed vocabulary. */
	private static Pattern identifiers(SystemAnalysis a) {
		Set<String> words = new LinkedHashSet<>();
		for (Axis axis : MethodParts.axes(a.method())) {
			words.add(axis.getName());
			axis.getLevels().stream().map(Level::getName).forEach(words::add);
		}
		MethodParts.strengths(a.method()).stream().map(Strength::getName).forEach(words::add);
		for (List<? extends Enumerator> literals : List.of(StakeholderRole.VALUES, ImpactKind.VALUES, EvidenceKind.VALUES)) {
			literals.forEach(l -> words.add(l.getLiteral()));
		}
		for (CoverageStatus status : CoverageStatus.values()) {
			words.add(status.label());
		}
		return Pattern.compile("(?<![\\w.:-])(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");
	}

	/** Every text the user wrote in the system's file: names, titles, descriptions, rationales ... longest first. */
	private static List<String> modelText(SystemAnalysis a) {
		Set<String> texts = new LinkedHashSet<>();
		for (var contents = a.system().eResource().getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEType().getInstanceClass() == String.class && !attribute.isMany()) {
					Object value = object.eGet(attribute);
					if (value instanceof String text && !text.isBlank()) {
						texts.add(text);
					}
				} else if (attribute.getEType().getInstanceClass() == String.class) {
					((List<?>) object.eGet(attribute)).forEach(v -> texts.add(String.valueOf(v)));
				}
			}
		}
		List<String> sorted = new ArrayList<>(texts);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		return sorted;
	}

	/** The document's text without markup, escapes, finding codes and model text. */
	private static String prose(String document, List<String> modelText) {
		String text = document.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("\\", "");
		text = text.replaceAll("iotssf\\.(finding|coverage)\\.\\w+", " ");
		for (String model : modelText) {
			text = text.replace(model, " ");
		}
		return text;
	}
}
