// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.iotssf.analysis.Analyzer;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.eclipse.SsfExecutableExtensionFactory;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Axis;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.MethodParts;

/** What the services share: the system of an object, its method and its analysis as of today. */
final class Models {

	private Models() {
	}

	static SystemModel systemOf(EObject object) {
		return object instanceof SystemModel system ? system : EcoreUtil2.getContainerOfType(object, SystemModel.class);
	}

	/** The system's method: the one it names, else the default method; null when neither can be found. */
	static Method methodOf(EObject object) {
		SystemModel system = systemOf(object);
		if (system == null) {
			return null;
		}
		if (system.getMethod() != null && !system.getMethod().eIsProxy()) {
			return system.getMethod();
		}
		return SsfExecutableExtensionFactory.injector().getInstance(SsfMethodResolver.class).methodOf(system);
	}

	static List<Axis> axes(EObject object) {
		Method method = methodOf(object);
		return method == null ? List.of() : MethodParts.axes(method);
	}

	static Optional<SystemAnalysis> analysis(EObject object) {
		SystemModel system = systemOf(object);
		Method method = methodOf(system);
		return system == null || method == null ? Optional.empty()
				: Optional.of(Analyzer.analyze(system, method, LocalDate.now(), List.of()));
	}

	static Optional<RiskResult> result(Risk risk) {
		return analysis(risk).flatMap(a -> a.risks().stream().filter(r -> r.risk() == risk).findFirst());
	}
}
