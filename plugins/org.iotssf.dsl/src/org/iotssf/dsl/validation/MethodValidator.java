// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.iotssf.model.Axis;
import org.iotssf.model.CatalogMapping;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Method;
import org.iotssf.model.support.MethodParts;

/** A method's structure: no cycle of bases, axes with enough levels; catalogs that map sensibly. */
public class MethodValidator extends SsfCheckSupport {

	@Check
	public void checkNoCycle(Method method) {
		if (MethodParts.extendsItself(method)) {
			error("Method " + q(method.getName()) + " extends itself through its bases; remove one 'extends'.",
					Literals.METHOD__BASE, IssueCodes.METHOD_EXTENDS_ITSELF);
		}
	}

	@Check
	public void checkAxisLevels(Axis axis) {
		if (axis.getLevels().size() < 2) {
			error("Axis " + q(axis.getName()) + " has " + axis.getLevels().size()
					+ " level(s); an axis orders at least two levels, lowest first: add 'level <name> \"<label>\"'.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.AXIS_TOO_FEW_LEVELS);
		}
	}

	@Check
	public void checkMonocultureShare(Method method) {
		if (method.eIsSet(Literals.METHOD__MONOCULTURE_SHARE) && (method.getMonocultureShare() < 1 || method.getMonocultureShare() > 100)) {
			error("A monoculture share is a percentage of a system's units, from 1 to 100; write for example 'share 30 %'.",
					Literals.METHOD__MONOCULTURE_SHARE, IssueCodes.MONOCULTURE_SHARE_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkMappingTarget(CatalogMapping mapping) {
		if (mapping.getTarget() != null && mapping.getTarget() == mapping.eContainer()) {
			warning("An item cannot map to itself; map it to an item of another catalog.",
					Literals.CATALOG_MAPPING__TARGET, IssueCodes.MAPPING_TO_ITSELF);
		}
	}
}
