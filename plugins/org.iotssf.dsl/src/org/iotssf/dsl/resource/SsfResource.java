// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

import com.google.inject.Inject;

/**
 * The resource of a {@code .ssf} file. Xtext's resource builds the full "unresolved name" message,
 * suggestions included, for every reference it resolves once the file has any error, only to find the
 * diagnostic to remove; one typo then costs a scope listing per reference in the file. It also looks
 * through the whole error list for each diagnostic it adds. Here the linking diagnostics are known by
 * their node: a resolved reference removes its own, if it has one, without building any message, and
 * adding one does not search the list.
 */
public class SsfResource extends LazyLinkingResource {

	private final Map<INode, Diagnostic> linking = new IdentityHashMap<>();

	@Inject(optional = true)
	private TextSaver saver;

	@Override
	protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		super.doLoad(in, options);
		if (saver != null) {
			saver.loaded(this);
		}
	}

	/**
	 * Saves through a memory buffer: the text is made in full before the file is opened, so a save that fails
	 * (a file that cannot be written back, see {@link TextSaver}) leaves the file as it was; an unchanged text
	 * is not written at all.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		Map<Object, Object> withBuffer = options == null ? new java.util.HashMap<>() : new java.util.HashMap<>(options);
		withBuffer.putIfAbsent(OPTION_SAVE_ONLY_IF_CHANGED, OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		super.save(withBuffer);
	}

	/** Writes what the {@link TextSaver} gives, when there is one; otherwise Xtext's serialization. */
	@Override
	public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
		String text = saver == null ? null : saver.text(this);
		if (text == null) {
			super.doSave(out, options);
			return;
		}
		out.write(text.getBytes(getEncoding()));
		out.flush();
	}

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message == null) {
			return;
		}
		List<Diagnostic> list = getDiagnosticList(message);
		Diagnostic diagnostic = createDiagnostic(triple, message);
		// the list is searched only for a node that already had a diagnostic (it may since have been cleared)
		if (linking.containsKey(triple.getThird()) && list.contains(diagnostic)) {
			return;
		}
		list.add(diagnostic);
		linking.put(triple.getThird(), diagnostic);
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		Diagnostic diagnostic = linking.remove(triple.getThird());
		if (diagnostic != null && !getErrors().remove(diagnostic)) {
			getWarnings().remove(diagnostic);
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		linking.clear();
	}
}
