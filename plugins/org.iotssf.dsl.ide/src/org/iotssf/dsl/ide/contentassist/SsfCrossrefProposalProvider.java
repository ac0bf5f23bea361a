// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.iotssf.model.NamedElement;
import org.iotssf.model.support.Text;

import com.google.inject.Singleton;

/**
 * Names proposed for a reference: quoted where the reference is written as a string (catalog items, such as
 * {@code "en303645:5.1-1"}), and described by the target's title so that an item can be chosen by what it says.
 */
@Singleton
public class SsfCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	private static final int MAX_DESCRIPTION = 120;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		String name = getQualifiedNameConverter().toString(candidate.getName());
		boolean quoted = crossRef.getTerminal() instanceof RuleCall call && "STRING".equals(call.getRule().getName());
		String proposal = quoted ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : name;
		return getProposalCreator().createProposal(proposal, context, entry -> {
			entry.setSource(candidate);
			entry.setLabel(name);
			entry.setDescription(description(candidate, context));
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		});
	}

	private static String description(IEObjectDescription candidate, ContentAssistContext context) {
		EObject target = candidate.getEObjectOrProxy();
		if (target.eIsProxy() && context.getResource() != null) {
			target = EcoreUtil.resolve(target, context.getResource());
		}
		if (target instanceof NamedElement named && !named.eIsProxy() && named.getTitle() != null) {
			return Text.clip(named.getTitle(), MAX_DESCRIPTION);
		}
		return candidate.getEClass() != null ? candidate.getEClass().getName() : null;
	}
}
