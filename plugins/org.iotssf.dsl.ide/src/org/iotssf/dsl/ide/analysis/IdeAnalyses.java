// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.iotssf.analysis.Analyzer;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Element;
import org.iotssf.model.Method;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The analysis of the system an edited object belongs to, as of today, for hovers and code lenses. It is
 * computed once per version of the file: the cache is cleared whenever the file changes or is relinked.
 */
@Singleton
public class IdeAnalyses {

	@Inject
	private SsfMethodResolver methods;

	@Inject
	private IResourceScopeCache cache;

	/** The analysis of the object's system; empty outside a system or when its method cannot be found. */
	public Optional<SystemAnalysis> of(EObject object) {
		SystemModel system = EcoreUtil2.getContainerOfType(object, SystemModel.class);
		if (system == null || system.eResource() == null) {
			return Optional.empty();
		}
		return cache.get(Tuples.pair(IdeAnalyses.class, system), system.eResource(), () -> analyze(system));
	}

	public Optional<ElementResult> element(Element element) {
		return of(element).flatMap(a -> a.elements().stream().filter(e -> e.element() == element).findFirst());
	}

	private Optional<SystemAnalysis> analyze(SystemModel system) {
		Method method = methods.methodOf(system);
		if (method == null) {
			return Optional.empty();
		}
		return Optional.of(Analyzer.analyze(system, method, LocalDate.now(), List.of()));
	}
}
