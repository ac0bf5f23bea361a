// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.iotssf.analysis.Cell;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Policy;
import org.iotssf.analysis.Requirement;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.ide.ClientLocale;
import org.iotssf.dsl.ide.EditorTexts;
import org.iotssf.dsl.ide.analysis.IdeAnalyses;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;

/**
 * A lens on each risk and each element: its category and the viewpoints its method requires, such as
 * {@code low/medium · V1 V2} (an element in several usages shows one per usage), in the client's language. The titles are set here,
 * not on resolve: Xtext finds the file of a lens to resolve only when its data is a Java string, which it no
 * longer is once the lens has crossed the protocol.
 */
public class SsfCodeLensService implements ICodeLensService {

	@Inject
	private IdeAnalyses analyses;

	@Inject
	private ILocationInFileProvider locations;

	@Inject
	private DocumentExtensions documents;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof SsfModel model)) {
			return lenses;
		}
		for (EObject declaration : model.getDeclarations()) {
			if (declaration instanceof SystemModel system && !indicator.isCanceled()) {
				analyses.of(system).ifPresent(analysis -> lenses(analysis, resource, lenses));
			}
		}
		return lenses;
	}

	private void lenses(SystemAnalysis analysis, XtextResource resource, List<CodeLens> lenses) {
		String language = ClientLocale.language();
		for (RiskResult risk : analysis.risks()) {
			add(lenses, resource, risk.risk(), risk(risk, language));
		}
		Policy policy = new Policy(analysis.method());
		for (ElementResult element : analysis.elements()) {
			String title = element.perUsage().stream()
					.map(u -> u.cell() == null ? EditorTexts.get("lens.noRisk", language, u.usage().getName())
							: (element.perUsage().size() > 1 ? u.usage().getName() + " " : "")
									+ cell(u.cell(), policy.categorize(u.cell(), element.element()).requirements(), language))
					.collect(Collectors.joining("; "));
			add(lenses, resource, element.element(), title.isEmpty() ? EditorTexts.get("lens.noUsage", language) : title);
		}
	}

	static String risk(RiskResult risk, String language) {
		if (risk.cell() == null) {
			return EditorTexts.get("lens.unrated", language, String.join(", ", risk.unratedAxes()));
		}
		return cell(risk.cell(), risk.viewpoints().stream().map(v -> v.requirement()).toList(), language)
				+ (risk.deMinimis() ? " · " + EditorTexts.get("lens.deMinimis", language) : "");
	}

	static String cell(Cell cell, List<Requirement> requirements, String language) {
		String viewpoints = requirements.stream().map(Requirement::name).collect(Collectors.joining(" "));
		return cell.key() + " · " + (viewpoints.isEmpty() ? EditorTexts.get("lens.noViewpoint", language) : viewpoints);
	}

	private void add(List<CodeLens> lenses, XtextResource resource, EObject object, String title) {
		if (object.eResource() != resource) {
			return;
		}
		ITextRegion region = locations.getSignificantTextRegion(object);
		if (region != null && region != ITextRegion.EMPTY_REGION) {
			// an empty command id: the lens only shows its title
			lenses.add(new CodeLens(documents.newRange(resource, region), new Command(title, ""), null));
		}
	}
}
