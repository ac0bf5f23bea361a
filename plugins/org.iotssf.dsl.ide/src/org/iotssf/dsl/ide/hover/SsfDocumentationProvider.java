// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.hover;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.iotssf.analysis.Cell;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.Policy;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.ide.ClientLocale;
import org.iotssf.dsl.ide.EditorTexts;
import org.iotssf.dsl.ide.analysis.IdeAnalyses;
import org.iotssf.model.Axis;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.Element;
import org.iotssf.model.LabeledElement;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.NamedElement;
import org.iotssf.model.Risk;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.support.CatalogItems;
import org.iotssf.model.support.MethodParts;

import com.google.inject.Inject;

/**
 * What a hover shows, in the client's language: for a risk, its category, the viewpoints its method requires
 * with strength, who carries them and their coverage today, and why; for an element, its category in each usage;
 * for a level, viewpoint, stage, strength or catalog item, its label and description. All model text is escaped.
 */
public class SsfDocumentationProvider implements IEObjectDocumentationProvider {

	/** The keyword that declares each kind of object, where it differs from the class name. */
	private static final Map<String, String> KEYWORDS = Map.of("SystemModel", "system", "ManagementDomain", "domain",
			"LifecycleStage", "stage", "CatalogItem", "item", "PolicyRule", "rule");

	@Inject
	private IdeAnalyses analyses;

	@Override
	public String getDocumentation(EObject object) {
		String language = ClientLocale.language();
		StringBuilder text = new StringBuilder(heading(object, language));
		if (object instanceof Risk risk) {
			analyses.of(risk).ifPresent(analysis -> analysis.risks().stream().filter(r -> r.risk() == risk).findFirst()
					.ifPresent(result -> risk(result, analysis, language, text)));
		} else if (object instanceof Element element) {
			analyses.of(element).ifPresent(analysis -> analysis.elements().stream().filter(e -> e.element() == element)
					.findFirst().ifPresent(result -> element(result, new Policy(analysis.method()), language, text)));
		}
		return text.toString();
	}

	/** "**kind Name** · title", then the description. */
	private static String heading(EObject object, String language) {
		if (!(object instanceof NamedElement named)) {
			return "";
		}
		String name = object instanceof CatalogItem item ? CatalogItems.key(item) : named.getName();
		StringBuilder text = new StringBuilder("**").append(KEYWORDS.getOrDefault(object.eClass().getName(),
				object.eClass().getName().toLowerCase())).append(' ').append(Markdown.text(name)).append("**");
		String label = object instanceof LabeledElement labeled ? inLanguage(labeled, language, named.getTitle()) : named.getTitle();
		if (label != null) {
			text.append(" · ").append(Markdown.text(label));
		}
		if (object instanceof CatalogItem item && item.getStatus() != null) {
			text.append(" · ").append(item.getStatus().getLiteral());
		}
		if (object instanceof Stakeholder stakeholder && !stakeholder.getRoles().isEmpty()) {
			text.append(" · ").append(stakeholder.getRoles().stream().map(r -> Markdown.text(Phrase.term(r).in(language)))
					.collect(Collectors.joining(", ")));
		}
		String description = "ja".equals(language) && object instanceof LabeledElement labeled && labeled.getDescriptionJa() != null
				? labeled.getDescriptionJa() : named.getDescription();
		if (description != null) {
			text.append("\n\n").append(Markdown.text(description));
		}
		return text.toString();
	}

	private static void risk(RiskResult result, SystemAnalysis analysis, String language, StringBuilder text) {
		String method = Markdown.text(analysis.method().getName());
		text.append("\n\n");
		if (result.cell() == null) {
			text.append(EditorTexts.get("unrated", language, Markdown.text(String.join(", ", result.unratedAxes()))));
			why(result.explanation(), language, text);
			return;
		}
		text.append(EditorTexts.get("category", language)).append(": **").append(Markdown.text(result.cell().key(language)))
				.append("** — ").append(levels(result.cell(), analysis.method(), language));
		if (result.deMinimis()) {
			text.append(" — ").append(EditorTexts.get("deMinimis", language, method));
		}
		text.append("\n\n");
		if (result.viewpoints().isEmpty()) {
			text.append(EditorTexts.get("noneRequired", language, method));
		} else {
			text.append(EditorTexts.get("required", language, method, analysis.asOf())).append('\n');
			result.viewpoints().forEach(viewpoint -> text.append('\n').append(viewpoint(viewpoint, language)));
		}
		why(result.explanation(), language, text);
	}

	private static String levels(Cell cell, Method method, String language) {
		return cell.levels().stream().map(level -> level(level, method, language)).collect(Collectors.joining("; "));
	}

	/** "Difficulty of recovery: low (Easily recoverable)", with the method's Japanese labels in Japanese. */
	private static String level(RatedLevel level, Method method, String language) {
		Axis axis = MethodParts.find(MethodParts.axes(method), level.axis());
		Level part = axis == null ? null : MethodParts.find(axis.getLevels(), level.level());
		String english = level.axisLabel() != null ? level.axisLabel() : level.axis();
		String axisLabel = axis == null ? english : inLanguage(axis, language, english);
		String label = part == null ? level.label() : inLanguage(part, language, level.label());
		if ("ja".equals(language)) {
			return Markdown.text(axisLabel) + ": " + Markdown.text(label != null ? label : level.level());
		}
		return Markdown.text(axisLabel) + ": " + Markdown.text(level.level())
				+ (label != null ? " (" + Markdown.text(label) + ")" : "");
	}

	/** "- **V1** label — strength — Acme (agreed) — covered". */
	private static String viewpoint(RiskViewpoint viewpoint, String language) {
		var requirement = viewpoint.requirement();
		String label = inLanguage(requirement.viewpoint(), language, requirement.viewpoint().getTitle());
		String strength = requirement.strength() == null ? EditorTexts.get("anyEvidence", language)
				: labelOf(requirement.strength(), language);
		String carriers = viewpoint.stakeholders().isEmpty() ? EditorTexts.get("nobody", language)
				: viewpoint.stakeholders().stream().map(s -> Markdown.text(s.getName())).collect(Collectors.joining(", "))
						+ " (" + EditorTexts.get(viewpoint.agreed() ? "agreed" : "proposed", language) + ")";
		return "- **" + Markdown.text(requirement.name()) + "** " + Markdown.text(label) + " — " + strength + " — "
				+ carriers + " — " + EditorTexts.coverage(viewpoint.coverage(), language);
	}

	private static String labelOf(LabeledElement part, String language) {
		return Markdown.text(inLanguage(part, language, part.getName()));
	}

	/** The method part's Japanese label in Japanese (when it has one), else the given English text. */
	private static String inLanguage(LabeledElement part, String language, String english) {
		return "ja".equals(language) && part.getLabelJa() != null ? part.getLabelJa() : english;
	}

	private static void element(ElementResult result, Policy policy, String language, StringBuilder text) {
		text.append("\n\n");
		if (result.perUsage().isEmpty()) {
			text.append(EditorTexts.get("noUsage", language));
		}
		for (ElementResult.PerUsage usage : result.perUsage()) {
			String name = Markdown.text(usage.usage().getName());
			if (usage.cell() == null) {
				text.append("- ").append(EditorTexts.get("noRisk", language, name)).append('\n');
				continue;
			}
			String viewpoints = policy.categorize(usage.cell(), result.element()).requirements().stream()
					.map(r -> Markdown.text(r.name()) + (r.strength() == null ? "" : " " + labelOf(r.strength(), language)))
					.collect(Collectors.joining(", "));
			text.append("- ").append(EditorTexts.get("inUsage", language, name, Markdown.text(usage.cell().key()),
					usage.risks(), viewpoints)).append('\n');
		}
		why(result.explanation(), language, text);
	}

	private static void why(Explanation explanation, String language, StringBuilder text) {
		List<String> steps = explanation.steps(language);
		if (!steps.isEmpty()) {
			text.append("\n\n_").append(EditorTexts.get("why", language)).append("_\n");
			steps.forEach(step -> text.append("\n- ").append(Markdown.text(step)));
		}
	}
}
