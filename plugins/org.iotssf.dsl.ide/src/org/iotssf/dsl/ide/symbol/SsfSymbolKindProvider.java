// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.symbol;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import com.google.inject.Singleton;

/** Outline icons: one symbol kind per kind of declaration, so that a long outline can be scanned by shape. */
@Singleton
public class SsfSymbolKindProvider extends DocumentSymbolKindProvider {

	private static final Map<String, SymbolKind> KINDS = Map.ofEntries(Map.entry("SystemModel", SymbolKind.Module),
			Map.entry("ManagementDomain", SymbolKind.Namespace), Map.entry("Stakeholder", SymbolKind.Interface),
			Map.entry("Element", SymbolKind.Object), Map.entry("Flow", SymbolKind.Operator),
			Map.entry("Usage", SymbolKind.Class), Map.entry("Risk", SymbolKind.Event),
			Map.entry("Measure", SymbolKind.Method), Map.entry("Agreement", SymbolKind.Struct),
			Map.entry("Method", SymbolKind.Module), Map.entry("Axis", SymbolKind.Enum),
			Map.entry("Level", SymbolKind.EnumMember), Map.entry("Viewpoint", SymbolKind.Constant),
			Map.entry("LifecycleStage", SymbolKind.Constant), Map.entry("Strength", SymbolKind.Constant),
			Map.entry("PolicyRule", SymbolKind.Function), Map.entry("Catalog", SymbolKind.Package),
			Map.entry("CatalogItem", SymbolKind.Field));

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return type == null ? SymbolKind.Property : KINDS.getOrDefault(type.getName(), SymbolKind.Property);
	}
}
