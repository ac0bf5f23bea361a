// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.iotssf.analysis.CoverageStatus;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.dsl.ide.analysis.IdeAnalyses;
import org.iotssf.model.Risk;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;

/**
 * The quick fixes of {@link SsfQuickfixProvider}, and on a risk one more action per open item: a viewpoint its
 * method requires that no measure addresses gets a measure skeleton after the risk, naming the viewpoint, the
 * risk and the stakeholder who carries it.
 */
public class SsfCodeActionService extends QuickFixCodeActionService {

	@Inject
	private IdeAnalyses analyses;

	@Inject
	private EObjectAtOffsetHelper objects;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>(super.getCodeActions(options));
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		if (only == null || only.isEmpty() || only.contains(CodeActionKind.QuickFix)) {
			List<Either<Command, CodeAction>> skeletons = options.getLanguageServerAccess().doSyncRead(options.getURI(),
					(ILanguageServerAccess.Context context) -> measureSkeletons(context.getDocument(),
							(XtextResource) context.getResource(), options));
			actions.addAll(skeletons);
		}
		return actions;
	}

	private List<Either<Command, CodeAction>> measureSkeletons(Document document, XtextResource resource,
			Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		int offset = document.getOffSet(options.getCodeActionParams().getRange().getStart());
		EObject at = objects.resolveContainedElementAt(resource, offset);
		Risk risk = EcoreUtil2.getContainerOfType(at, Risk.class);
		if (risk == null) {
			return actions;
		}
		analyses.of(risk).flatMap(a -> a.risks().stream().filter(r -> r.risk() == risk).findFirst()).ifPresent(result -> {
			for (RiskViewpoint viewpoint : result.viewpoints()) {
				if (viewpoint.coverage() == CoverageStatus.NO_MEASURE) {
					actions.add(Either.forRight(skeleton(document, risk, viewpoint, options.getURI().toString())));
				}
			}
		});
		return actions;
	}

	private static CodeAction skeleton(Document document, Risk risk, RiskViewpoint viewpoint, String uri) {
		String name = unusedName(risk, risk.getName() + viewpoint.requirement().name());
		StringBuilder text = new StringBuilder("\n\tmeasure ").append(name).append(" \"")
				.append(viewpoint.requirement().name()).append(" for ").append(risk.getName()).append("\" viewpoint ")
				.append(viewpoint.requirement().name()).append("\n\t\taddresses ").append(risk.getName());
		if (!viewpoint.stakeholders().isEmpty()) {
			text.append(" by ").append(viewpoint.stakeholders().get(0).getName());
		}
		Position end = document.getPosition(FixContext.endOf(risk));
		CodeAction action = new CodeAction("Add a measure for " + viewpoint.requirement().name() + " of " + risk.getName());
		action.setKind(CodeActionKind.QuickFix);
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(new Range(end, end), text.toString())))));
		return action;
	}

	private static String unusedName(Risk risk, String wanted) {
		SystemModel system = EcoreUtil2.getContainerOfType(risk, SystemModel.class);
		String name = wanted;
		for (int i = 2; system != null && taken(system, name); i++) {
			name = wanted + i;
		}
		return name;
	}

	private static boolean taken(SystemModel system, String name) {
		return system.getMeasures().stream().anyMatch(m -> name.equals(m.getName()));
	}
}
