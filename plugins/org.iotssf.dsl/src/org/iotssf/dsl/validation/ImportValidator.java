// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.validation.Check;
import org.iotssf.dsl.linking.Suggestions;
import org.iotssf.model.Import;
import org.iotssf.model.IotssfPackage;
import org.iotssf.model.IotssfPackage.Literals;

import com.google.inject.Inject;

/** An import names something that exists: a declared name, or, with {@code .*}, a namespace some declaration is in. */
public class ImportValidator extends SsfCheckSupport {

	/** A reference to any named element, to ask the global scope for every visible name. */
	private static final EReference ANY_NAME = anyName();

	@Inject
	private IGlobalScopeProvider globalScope;

	@Inject
	private IQualifiedNameConverter names;

	private static EReference anyName() {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName("anyName");
		reference.setEType(IotssfPackage.Literals.NAMED_ELEMENT);
		return reference;
	}

	@Check
	public void checkImportResolves(Import anImport) {
		String text = anImport.getImportedNamespace();
		if (text == null || text.isBlank() || anImport.eResource() == null) {
			return;
		}
		boolean wildcard = text.endsWith(".*");
		String target = wildcard ? text.substring(0, text.length() - 2) : text;
		if (target.isEmpty()) {
			return;
		}
		QualifiedName name = names.toQualifiedName(target);
		IScope scope = globalScope.getScope(anImport.eResource(), ANY_NAME, null);
		if (scope.getSingleElement(name) != null) {
			return;
		}
		Set<String> candidates = new LinkedHashSet<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			QualifiedName visible = description.getName();
			if (wildcard && visible.getSegmentCount() > name.getSegmentCount() && visible.startsWith(name)) {
				return;
			}
			if (visible.getSegmentCount() == name.getSegmentCount()) {
				candidates.add(names.toString(visible));
			}
		}
		String nearest = Suggestions.nearest(target, candidates);
		error((wildcard ? "There is no declaration in " + q(target) + " to import" : "There is nothing named " + q(target) + " to import")
				+ (nearest != null ? "; did you mean " + q(nearest) + "?" : "; check the name and that the file declaring it is loaded."),
				Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.IMPORT_NOT_FOUND, nearest == null ? new String[0]
						: new String[] { nearest + (wildcard ? ".*" : "") });
	}
}
