// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.rename;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;

/**
 * Says why a rename was refused in the error's message, which is what editors show; Xtext puts the reasons only
 * in the error's data, behind a generic "Refactoring cannot be performed".
 */
public class SsfRefactoringIssueAcceptor extends ServerRefactoringIssueAcceptor {

	@Override
	public ResponseError toResponseError() {
		ResponseError error = super.toResponseError();
		if (error.getData() instanceof String reasons && !reasons.isBlank()) {
			error.setMessage(error.getMessage() + ": " + reasons.replace('\n', ' '));
		}
		return error;
	}
}
