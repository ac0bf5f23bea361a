// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import java.util.Collection;
import java.util.List;

import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.Sector;

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

	/** The sectors an item applies to: its own, else its catalog's; empty when it applies to every sector. */
	public static List<Sector> scopes(CatalogItem item) {
		if (!item.getScopes().isEmpty()) {
			return item.getScopes();
		}
		return item.eContainer() instanceof Catalog catalog ? catalog.getScopes() : List.of();
	}

	/**
	 * Whether an item applies to a system serving the given sectors: when either side states none, when
	 * either says {@code general}, or when they share a sector.
	 */
	public static boolean inScope(CatalogItem item, Collection<Sector> sectors) {
		List<Sector> scopes = scopes(item);
		if (scopes.isEmpty() || sectors.isEmpty() || scopes.contains(Sector.GENERAL) || sectors.contains(Sector.GENERAL)) {
			return true;
		}
		return scopes.stream().anyMatch(sectors::contains);
	}
}
