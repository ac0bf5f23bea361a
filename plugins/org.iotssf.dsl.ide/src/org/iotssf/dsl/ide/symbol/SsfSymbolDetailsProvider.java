// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.iotssf.model.NamedElement;

import com.google.inject.Singleton;

/** Outline details: the declaration's title, such as "Indoor unit" next to {@code IndoorUnit}. */
@Singleton
public class SsfSymbolDetailsProvider extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		return object instanceof NamedElement named && named.getTitle() != null ? named.getTitle() : "";
	}
}
