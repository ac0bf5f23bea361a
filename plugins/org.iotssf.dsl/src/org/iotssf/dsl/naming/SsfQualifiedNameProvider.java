// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.naming;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;

/**
 * Names catalog items by their key {@code <catalog>:<identifier>} (for example {@code en303645:5.3-2}),
 * because standards number their items with dots and dashes that are not identifiers.
 */
public class SsfQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/** The separator between a catalog's name and an item identifier in an item key. */
	public static final String ITEM_SEPARATOR = ":";

	/** The key by which a catalog item is referred to, or null when it has no name or catalog. */
	public static String itemKey(CatalogItem item) {
		if (item.getName() == null || !(item.eContainer() instanceof Catalog catalog) || catalog.getName() == null) {
			return null;
		}
		return catalog.getName() + ITEM_SEPARATOR + item.getName();
	}

	protected QualifiedName qualifiedName(CatalogItem item) {
		String key = itemKey(item);
		return key == null ? null : getConverter().toQualifiedName(key);
	}
}
