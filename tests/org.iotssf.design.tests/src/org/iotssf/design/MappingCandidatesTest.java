// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.design.services.CategorizationServices;
import org.iotssf.design.services.Examples;
import org.iotssf.design.services.SystemDiagramServices;
import org.iotssf.design.services.ViewpointMatrixServices;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;

/**
 * On each example, the main mappings have candidates: the candidate expressions of the VSM (a feature, or a
 * service called on {@code self}) evaluated as Sirius would, on the system.
 */
public class MappingCandidatesTest {

	/** Mapping → its candidate expression, as written in iotssf.odesign. */
	private static final Map<String, String> SYSTEM_CANDIDATES = Map.of("Domain", "feature:domains", "Stakeholder", "feature:stakeholders", "Risk", "feature:risks", "FirstAxisLevel",
			"aql:self.firstAxisLevels()", "SecondAxisLevel", "aql:self.secondAxisLevels()", "Viewpoint",
			"aql:self.methodViewpoints()");

	private static final List<Object> SERVICES = List.of(new SystemDiagramServices(), new CategorizationServices(),
			new ViewpointMatrixServices());

	static Collection<?> evaluate(String expression, EObject self) throws Exception {
		if (expression.startsWith("feature:")) {
			return (Collection<?>) self.eGet(self.eClass().getEStructuralFeature(expression.substring(8)));
		}
		String name = expression.substring("aql:self.".length(), expression.indexOf('('));
		for (Object service : SERVICES) {
			for (Method method : service.getClass().getMethods()) {
				if (method.getName().equals(name) && method.getParameterCount() == 1
						&& method.getParameterTypes()[0].isInstance(self)) {
					return (Collection<?>) method.invoke(service, self);
				}
			}
		}
		throw new AssertionError("no service for " + expression);
	}

	@Test
	public void theExpressionsAreThoseOfTheVsm() throws Exception {
		String odesign = new String(org.osgi.framework.FrameworkUtil.getBundle(Activator.class).getEntry(Activator.ODESIGN)
				.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		for (Map.Entry<String, String> entry : SYSTEM_CANDIDATES.entrySet()) {
			assertTrue(odesign.contains("name=\"" + entry.getKey() + "\"") && odesign.contains(entry.getValue()), entry.toString());
		}
	}

	@Test
	public void everyExampleHasDomainsElementsFlowsStakeholdersRisksLevelsAndViewpoints() throws Exception {
		List<SystemModel> systems = Examples.all();
		assertTrue(systems.size() >= 5, systems.toString());
		for (SystemModel system : systems) {
			for (Map.Entry<String, String> entry : SYSTEM_CANDIDATES.entrySet()) {
				if (!entry.getKey().equals("Domain") || !system.getDomains().isEmpty()) {
					assertTrue(!evaluate(entry.getValue(), system).isEmpty(), system.getName() + " " + entry);
				}
			}
			SystemDiagramServices diagram = new SystemDiagramServices();
			assertTrue(diagram.dataFlows(system).size() + diagram.controlFlows(system).size() == system.getFlows().size()
					&& !system.getFlows().isEmpty(), system.getName());
			int drawn = diagram.elementsOutsideDomains(system).size()
					+ system.getDomains().stream().mapToInt(d -> diagram.elementsIn(d).size()).sum();
			assertTrue(drawn == system.getElements().size() && drawn > 0, system.getName());
		}
	}
}
