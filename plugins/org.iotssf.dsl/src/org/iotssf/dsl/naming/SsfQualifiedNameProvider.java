// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.naming;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.support.CatalogItems;

/**
 * Names catalog items by their key {@code <catalog>:<identifier>} (for example {@code en303645:5.3-2}),
 * because standards number their items with dots and dashes that are not identifiers.
 */
public class SsfQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/** The key by which a catalog item is referred to, or null when it has no name or catalog. */
	public static String itemKey(CatalogItem item) {
		return CatalogItems.key(item);
	}

	protected QualifiedName qualifiedName(CatalogItem item) {
		String key = CatalogItems.key(item);
		return key == null ? null : getConverter().toQualifiedName(key);
	}
}
