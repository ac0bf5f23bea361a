// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;

/** How catalog items are referred to: {@code <catalog>:<identifier>}, for example {@code en303645:5.3-2}. */
public final class CatalogItems {

	/** The separator between a catalog's name and an item identifier in an item key. */
	public static final String SEPARATOR = ":";

	private CatalogItems() {
	}

	/** The key of an item, or null when it has no identifier or is in no named catalog. */
	public static String key(CatalogItem item) {
		if (item.getName() == null || !(item.eContainer() instanceof Catalog catalog) || catalog.getName() == null) {
			return null;
		}
		return catalog.getName() + SEPARATOR + item.getName();
	}
}
