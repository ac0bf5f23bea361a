// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.ProductResult;
import org.iotssf.analysis.Severity;

/**
 * One product in several cells (the framework's Figure 5, devices g and h): what its maker confirms before
 * operation (V1) serves every usage at once, so it has to meet the highest of them.
 */
final class Products {

	static final String CODE = SystemicFindings.PREFIX + "productInSeveralCells";

	private Products() {
	}

	static List<Finding> find(List<ProductResult> products) {
		List<Finding> findings = new ArrayList<>();
		for (ProductResult product : products) {
			if (product.spread() && product.worst() != null) {
				findings.add(new Finding(CODE, Severity.INFO, "productInSeveralCells", List.of(product.product().getName(),
						Long.toString(product.usages()), (Phrase) product.worst()::key), product.instances().get(0),
						new ArrayList<EObject>(product.instances()), product.explanation()));
			}
		}
		return findings;
	}
}
