// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

/** A scope that answers from a first scope and, for what it lacks, from a second. */
final class FallbackScope implements IScope {

	private final IScope first;
	private final IScope second;

	FallbackScope(IScope first, IScope second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription found = first.getSingleElement(name);
		return found != null ? found : second.getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		Iterable<IEObjectDescription> found = first.getElements(name);
		return Iterables.isEmpty(found) ? second.getElements(name) : found;
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		IEObjectDescription found = first.getSingleElement(object);
		return found != null ? found : second.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return Iterables.concat(first.getElements(object), second.getElements(object));
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return Iterables.concat(first.getAllElements(), second.getAllElements());
	}
}
