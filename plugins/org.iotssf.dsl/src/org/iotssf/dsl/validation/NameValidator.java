// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.iotssf.dsl.linking.SsfLinkingDiagnosticMessageProvider;
import org.iotssf.model.Axis;
import org.iotssf.model.Catalog;
import org.iotssf.model.Declaration;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Method;
import org.iotssf.model.NamedElement;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;

/** Names must be unique: within a system, a method, an axis, a catalog, and among all declarations. */
public class NameValidator extends SsfCheckSupport {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Check
	public void checkUniqueNamesInSystem(SystemModel system) {
		unique(Stream.of(system.getDomains(), system.getStakeholders(), system.getElements(), system.getFlows(),
				system.getUsages(), system.getRisks(), system.getMeasures(), system.getAgreements())
				.flatMap(List::stream).map(NamedElement.class::cast).toList(), "system " + q(system.getName()));
	}

	@Check
	public void checkUniqueNamesInMethod(Method method) {
		String in = "method " + q(method.getName());
		unique(List.copyOf(method.getAxes()), in);
		unique(List.copyOf(method.getViewpoints()), in);
		unique(List.copyOf(method.getStages()), in);
		unique(List.copyOf(method.getStrengths()), in);
	}

	@Check
	public void checkUniqueLevels(Axis axis) {
		unique(List.copyOf(axis.getLevels()), "axis " + q(axis.getName()));
	}

	@Check
	public void checkUniqueItems(Catalog catalog) {
		unique(List.copyOf(catalog.getItems()), "catalog " + q(catalog.getName()));
	}

	/** A system, method or catalog name may be declared once across all loaded files. */
	@Check(CheckType.NORMAL)
	public void checkUniqueDeclaration(Declaration declaration) {
		QualifiedName name = qualifiedNames.getFullyQualifiedName(declaration);
		if (name == null || declaration.eResource() == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(declaration.eResource());
		for (IEObjectDescription other : index.getExportedObjects(Literals.DECLARATION, name, false)) {
			boolean same = other.getEObjectOrProxy() == declaration
					|| other.getEObjectURI().equals(EcoreUtil.getURI(declaration));
			if (!same) {
				error("The name " + q(name.toString()) + " is declared more than once (also in "
						+ file(other.getEObjectURI().trimFragment(), declaration.eResource()) + "); rename one of them.",
						Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_DECLARATION, name.toString());
				return;
			}
		}
	}

	private void unique(List<? extends NamedElement> parts, String container) {
		Map<String, NamedElement> first = new HashMap<>();
		for (NamedElement part : parts) {
			if (part.getName() == null) {
				continue;
			}
			NamedElement earlier = first.putIfAbsent(part.getName(), part);
			if (earlier != null) {
				String kind = kind(earlier);
				error("The name " + q(part.getName()) + " is already used by the " + kind + " on " + where(earlier, part)
						+ "; give each part of " + container + " its own name.", part, Literals.NAMED_ELEMENT__NAME,
						IssueCodes.DUPLICATE_NAME, part.getName());
			}
		}
	}

	private static String kind(EObject part) {
		return SsfLinkingDiagnosticMessageProvider.typeName(part.eClass());
	}
}
