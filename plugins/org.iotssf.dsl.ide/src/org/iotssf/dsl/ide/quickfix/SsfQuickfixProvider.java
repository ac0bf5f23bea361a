// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.iotssf.dsl.linking.Suggestions;
import org.iotssf.dsl.parser.SsfSyntaxErrorMessageProvider;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.dsl.validation.IssueCodes;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.Element;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.SafetyStandard;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.SafetyTables;

import com.google.inject.Inject;

/**
 * Quick fixes, one method per issue code, each offering only unambiguous edits: the nearest names for an unknown
 * reference, every level for a missing rating, {@code ^} for a keyword written as a name, every usage for an
 * element in none, and the safety standard a risk's parameters belong to for its system. Edits are textual insertions or replacements, so the rest of the file stays as written.
 */
public class SsfQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final int MAX_NAMES = 3;

	private final ThreadLocal<FixContext> current = new ThreadLocal<>();

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	@Inject
	private SsfMethodResolver methods;

	@Inject
	private IGrammarAccess grammar;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		current.set(new FixContext((XtextResource) options.getResource(), options.getDocument(), diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			current.remove();
		}
	}

	@QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
	public void nearestNames(DiagnosticResolutionAcceptor acceptor) {
		FixContext fix = current.get();
		EObject context = fix.object();
		EReference reference = fix.reference();
		if (context == null || reference == null) {
			return;
		}
		List<String> candidates = new ArrayList<>();
		for (IEObjectDescription description : scopes.getScope(context, reference).getAllElements()) {
			candidates.add(names.toString(description.getName()));
		}
		String written = fix.quoted() ? fix.text().replaceAll("^\"|\"$", "") : fix.text();
		for (String name : Suggestions.closest(written, candidates, MAX_NAMES)) {
			replaceWith(acceptor, fix.quoted() ? '"' + name + '"' : name);
		}
	}

	@QuickFix(IssueCodes.LEVEL_NOT_OF_AXIS)
	public void levelsOfTheAxis(DiagnosticResolutionAcceptor acceptor) {
		if (current.get().object() instanceof AxisRating rating && rating.getAxis() != null && !rating.getAxis().eIsProxy()) {
			rating.getAxis().getLevels().forEach(level -> replaceWith(acceptor, level.getName()));
		}
	}

	@QuickFix(IssueCodes.RISK_MISSING_RATING)
	public void rateTheMissingAxis(DiagnosticResolutionAcceptor acceptor) {
		FixContext fix = current.get();
		Risk risk = EcoreUtil2.getContainerOfType(fix.object(), Risk.class);
		Method method = risk == null ? null : methods.methodOf(risk);
		if (method == null) {
			return;
		}
		Set<Axis> rated = risk.getRatings().stream().map(AxisRating::getAxis).collect(Collectors.toSet());
		int at = risk.getRatings().isEmpty() ? FixContext.endOf(risk, Literals.RISK__ELEMENT)
				: FixContext.endOf(risk.getRatings().get(risk.getRatings().size() - 1));
		for (Axis axis : MethodParts.axes(method)) {
			if (!rated.contains(axis) && at >= 0) {
				for (Level level : axis.getLevels()) {
					String text = axis.getName() + " " + level.getName();
					acceptor.accept("Rate " + text, (ITextModification) (d, o, doc) -> fix.insert(at, " " + text));
				}
			}
		}
	}

	/** After {@code element}, {@code stakeholder} and the like a name is due; a keyword there is one meant as a name. */
	@QuickFix(SsfSyntaxErrorMessageProvider.SYNTAX_ERROR)
	public void escapeKeywordUsedAsName(DiagnosticResolutionAcceptor acceptor) {
		FixContext fix = current.get();
		String word = fix.text();
		if (word.matches("[A-Za-z_]\\w*") && GrammarUtil.getAllKeywords(grammar.getGrammar()).contains(word)
				&& keywordsBeforeAName().contains(fix.previousToken())) {
			acceptor.accept("Escape the keyword as a name: ^" + word,
					(ITextModification) (d, o, doc) -> fix.insert(fix.offset, "^"));
		}
	}

	private Set<String> keywordsBeforeAName() {
		Set<String> keywords = new HashSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			if (keyword.eContainer() instanceof Group group) {
				int next = group.getElements().indexOf(keyword) + 1;
				if (next < group.getElements().size() && group.getElements().get(next) instanceof Assignment assignment
						&& "name".equals(assignment.getFeature())) {
					keywords.add(keyword.getValue());
				}
			}
		}
		return keywords;
	}

	@QuickFix(IssueCodes.ELEMENT_IN_NO_USAGE)
	public void addToAUsage(DiagnosticResolutionAcceptor acceptor) {
		FixContext fix = current.get();
		Element element = EcoreUtil2.getContainerOfType(fix.object(), Element.class);
		SystemModel system = EcoreUtil2.getContainerOfType(element, SystemModel.class);
		if (element == null || system == null) {
			return;
		}
		for (Usage usage : system.getUsages()) {
			boolean listed = !usage.getElements().isEmpty();
			int at = listed ? FixContext.endOf(usage, Literals.USAGE__ELEMENTS)
					: FixContext.endOf(usage, usage.getTitle() != null ? Literals.NAMED_ELEMENT__TITLE : Literals.NAMED_ELEMENT__NAME);
			String text = (listed ? ", " : " elements ") + element.getName();
			if (at >= 0) {
				acceptor.accept("Add " + element.getName() + " to usage " + usage.getName(),
						(ITextModification) (d, o, doc) -> fix.insert(at, text));
			}
		}
	}

	/** A risk states a safety standard's parameters that its system does not name: name it in the system's {@code safety}. */
	@QuickFix(IssueCodes.SAFETY_STANDARD_NOT_STATED)
	public void nameTheSafetyStandard(DiagnosticResolutionAcceptor acceptor) {
		FixContext fix = current.get();
		Risk risk = EcoreUtil2.getContainerOfType(fix.object(), Risk.class);
		if (risk == null || !(risk.eContainer() instanceof SystemModel system)) {
			return;
		}
		for (SafetyStandard standard : SafetyStandard.VALUES) {
			if (!SafetyTables.states(risk, standard) || system.getSafetyStandards().contains(standard)) {
				continue;
			}
			String title = "Add '" + standard.getLiteral() + "' to the safety standards of system " + system.getName();
			if (!system.getSafetyStandards().isEmpty()) {
				int at = FixContext.endOf(system, Literals.SYSTEM_MODEL__SAFETY_STANDARDS);
				acceptor.accept(title, (ITextModification) (d, o, doc) -> fix.insert(at, ", " + standard.getLiteral()));
				continue;
			}
			// a member line of its own, after the system's head: its method and description come first
			int at = system.getDescription() != null ? FixContext.endOf(system, Literals.NAMED_ELEMENT__DESCRIPTION)
					: system.getMethod() != null ? FixContext.endOf(system, Literals.SYSTEM_MODEL__METHOD) : FixContext.endOfOpeningBrace(system);
			if (at >= 0) {
				acceptor.accept(title, (ITextModification) (d, o, doc) -> fix.insert(at, "\n\tsafety " + standard.getLiteral()));
			}
		}
	}

	private void replaceWith(DiagnosticResolutionAcceptor acceptor, String text) {
		acceptor.accept("Change to " + text, (ITextModification) (d, o, doc) -> createTextEdit(d, text));
	}
}
