// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.iotssf.dsl.ide.codelens.SsfCodeLensService;
import org.iotssf.dsl.ide.contentassist.SsfCrossrefProposalProvider;
import org.iotssf.dsl.ide.hover.SsfDocumentationProvider;
import org.iotssf.dsl.ide.quickfix.SsfCodeActionService;
import org.iotssf.dsl.ide.quickfix.SsfQuickfixProvider;
import org.iotssf.dsl.ide.rename.SsfRefactoringIssueAcceptor;
import org.iotssf.dsl.ide.rename.SsfRenameStrategy;
import org.iotssf.dsl.ide.symbol.SsfSymbolDetailsProvider;
import org.iotssf.dsl.ide.symbol.SsfSymbolKindProvider;
import org.iotssf.dsl.ide.symbol.SsfSymbolNameProvider;

/** The editor services of the .ssf language, one binding each. */
public class SsfIdeModule extends AbstractSsfIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return SsfCrossrefProposalProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return SsfDocumentationProvider.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return SsfCodeLensService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return SsfQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return SsfCodeActionService.class;
	}

	public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
		return SsfRenameStrategy.class;
	}

	public Class<? extends ServerRefactoringIssueAcceptor> bindServerRefactoringIssueAcceptor() {
		return SsfRefactoringIssueAcceptor.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return SsfSymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return SsfSymbolKindProvider.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return SsfSymbolDetailsProvider.class;
	}
}
