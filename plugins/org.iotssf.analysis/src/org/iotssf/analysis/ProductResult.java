// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.AggregationKind;
import org.iotssf.model.Element;
import org.iotssf.model.Product;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.Instances;

/**
 * One product as this system uses it (the framework's Figure 5: the same device g/h in different usages
 * lands in different cells): the cell of each of its instances in each usage here, the worst of them, and
 * its instances in the other systems loaded with this one.
 *
 * @param cells each instance here in each usage that has it, with the cell there (null when unrated)
 * @param elsewhere instances of the product in other systems
 * @param spread whether the cells here differ
 */
public record ProductResult(Product product, List<InUsage> cells, List<Element> instances,
		List<Element> elsewhere, Cell worst, boolean spread, Explanation explanation) {

	/** One instance in one usage, with its cell there (null when unrated). */
	public record InUsage(Element element, Usage usage, Cell cell) {
	}

	/** How many usages of this system the product serves in. */
	public long usages() {
		return cells.stream().map(InUsage::usage).distinct().count();
	}

	public ProductResult {
		cells = List.copyOf(cells);
		instances = List.copyOf(instances);
		elsewhere = List.copyOf(elsewhere);
	}

	static List<ProductResult> of(SystemModel system, List<ElementResult> elements, AggregationKind aggregation, Population population) {
		Map<Product, List<ElementResult>> byProduct = new LinkedHashMap<>();
		for (ElementResult element : elements) {
			Product product = Instances.product(element.element());
			if (product != null) {
				byProduct.computeIfAbsent(product, k -> new ArrayList<>()).add(element);
			}
		}
		List<ProductResult> results = new ArrayList<>();
		byProduct.forEach((product, here) -> {
			List<InUsage> cells = new ArrayList<>();
			List<Cell> rated = new ArrayList<>();
			Set<String> keys = new LinkedHashSet<>();
			List<Map.Entry<String, Cell>> named = new ArrayList<>();
			for (ElementResult element : here) {
				for (ElementResult.PerUsage usage : element.perUsage()) {
					cells.add(new InUsage(element.element(), usage.usage(), usage.cell()));
					if (usage.cell() != null) {
						rated.add(usage.cell());
						keys.add(usage.cell().key());
						named.add(Map.entry(element.element().getName() + "/" + usage.usage().getName(), usage.cell()));
					}
				}
			}
			List<Element> instances = here.stream().map(ElementResult::element).toList();
			List<Element> elsewhere = population.instances(product).stream().filter(e -> e.eContainer() != system).toList();
			Cell worst = Aggregation.of(aggregation, rated);
			List<Explanation.Step> why = new ArrayList<>();
			why.add(Explanation.step("product.instances", product.getName(), String.join(", ", instances.stream().map(Element::getName).toList()),
					cells.stream().map(InUsage::usage).distinct().count()));
			if (worst != null) {
				why.add(Explanation.step("product.cells", Analyzer.namedKeys(named), (Phrase) worst::key));
			}
			if (!elsewhere.isEmpty()) {
				why.add(Explanation.step("product.elsewhere", String.join(", ", elsewhere.stream().map(ProductResult::qualified).toList())));
			}
			results.add(new ProductResult(product, cells, instances, elsewhere, worst, keys.size() > 1, new Explanation(why)));
		});
		return results;
	}

	/** "OtherSystem.Element". */
	public static String qualified(Element element) {
		return element.eContainer() instanceof SystemModel s ? s.getName() + "." + element.getName() : element.getName();
	}
}
