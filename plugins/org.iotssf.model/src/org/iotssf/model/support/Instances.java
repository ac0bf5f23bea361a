// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import java.util.List;

import org.iotssf.model.Element;
import org.iotssf.model.ElementKind;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Product;
import org.iotssf.model.SoftwareIdentity;

/**
 * What an element is, taking its product's word where the element states nothing: its kind and its
 * software. An element's own statement wins.
 */
public final class Instances {

	private Instances() {
	}

	/** The element's product, or null when it names none or the name does not resolve. */
	public static Product product(Element element) {
		Product product = element.getProduct();
		return product == null || product.eIsProxy() ? null : product;
	}

	/** The element's kind, or its product's when the element states none. */
	public static ElementKind kind(Element element) {
		Product product = product(element);
		if (!element.eIsSet(Literals.ELEMENT__KIND) && product != null && product.eIsSet(Literals.PRODUCT__KIND)) {
			return product.getKind();
		}
		return element.getKind();
	}

	/** The element's software, firmware and AI models, or its product's when the element lists none. */
	public static List<SoftwareIdentity> software(Element element) {
		Product product = product(element);
		return element.getSoftware().isEmpty() && product != null ? product.getSoftware() : element.getSoftware();
	}
}
