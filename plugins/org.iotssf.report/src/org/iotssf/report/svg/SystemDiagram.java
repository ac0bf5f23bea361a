// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.ManagementDomain;
import org.iotssf.model.support.Instances;
import org.iotssf.report.Messages;

/**
 * The system diagram: elements grouped by management domain, coloured by CPSF layer, with data and
 * control flows, laid out by the Eclipse Layout Kernel (layered algorithm, left to right).
 */
public final class SystemDiagram {

	static final double NODE_H = 34;
	static final double PAD = 20;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private SystemDiagram() {
	}

	public static String draw(SystemAnalysis a, Messages m) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
		Map<ManagementDomain, ElkNode> domains = new LinkedHashMap<>();
		Map<Element, ElkNode> nodes = new LinkedHashMap<>();
		for (Element element : elements(a)) {
			ElkNode parent = root;
			if (element.getDomain() != null) {
				parent = domains.computeIfAbsent(element.getDomain(), d -> {
					ElkNode box = ElkGraphUtil.createNode(root);
					box.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(28, 12, 12, 12));
					return box;
				});
			}
			ElkNode node = ElkGraphUtil.createNode(parent);
			node.setDimensions(Math.max(90, 7.2 * element.getName().length() + 40), NODE_H);
			nodes.put(element, node);
		}
		Map<ElkEdge, Flow> edges = new LinkedHashMap<>();
		for (Flow flow : a.system().getFlows()) {
			ElkNode source = nodes.get(flow.getSource());
			ElkNode target = nodes.get(flow.getTarget());
			if (source != null && target != null && source != target) {
				edges.put(ElkGraphUtil.createSimpleEdge(source, target), flow);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Svg svg = new Svg(root.getWidth() + 2 * PAD, root.getHeight() + 2 * PAD + 30, m.get("diagram.title"));
		for (Map.Entry<ManagementDomain, ElkNode> d : domains.entrySet()) {
			ElkNode box = d.getValue();
			svg.rect(PAD + box.getX(), PAD + box.getY(), box.getWidth(), box.getHeight(), "domain");
			String title = d.getKey().getName() + (d.getKey().getTitle() != null ? " — " + d.getKey().getTitle() : "");
			svg.label(PAD + box.getX() + 8, PAD + box.getY() + 16, title, (int) Math.max(8, (box.getWidth() - 16) / 6.5), "head");
		}
		for (Map.Entry<Element, ElkNode> e : nodes.entrySet()) {
			double x = PAD + absoluteX(e.getValue());
			double y = PAD + absoluteY(e.getValue());
			int layer = e.getKey().getLayer();
			svg.rect(x, y, e.getValue().getWidth(), NODE_H, "node l" + (layer >= 1 && layer <= 3 ? layer : 0));
			svg.text(x + 6, y + 14, e.getKey().getName(), "head");
			svg.text(x + 6, y + 27, m.get("diagram.layer", layer) + " " + Labels.term(Instances.kind(e.getKey()), m), "note");
		}
		for (Map.Entry<ElkEdge, Flow> e : edges.entrySet()) {
			edge(svg, e.getKey(), e.getValue());
		}
		double ly = root.getHeight() + 2 * PAD + 15;
		svg.line(PAD, ly - 4, PAD + 30, ly - 4, "data").text(PAD + 36, ly, m.get("diagram.legend.data"), "mark-label");
		svg.line(PAD + 150, ly - 4, PAD + 180, ly - 4, "control").text(PAD + 186, ly, m.get("diagram.legend.control"), "mark-label");
		svg.rect(PAD + 330, ly - 10, 12, 12, "node l1").text(PAD + 346, ly, "L1", "mark-label");
		svg.rect(PAD + 380, ly - 10, 12, 12, "node l2").text(PAD + 396, ly, "L2", "mark-label");
		svg.rect(PAD + 430, ly - 10, 12, 12, "node l3").text(PAD + 446, ly, "L3", "mark-label");
		return svg.toString(Css.CHART);
	}

	/** The system's elements, then the elements of other systems that its flows reach. */
	private static List<Element> elements(SystemAnalysis a) {
		java.util.LinkedHashSet<Element> all = new java.util.LinkedHashSet<>(a.system().getElements());
		for (Flow flow : a.system().getFlows()) {
			if (flow.getSource() != null && !flow.getSource().eIsProxy()) {
				all.add(flow.getSource());
			}
			if (flow.getTarget() != null && !flow.getTarget().eIsProxy()) {
				all.add(flow.getTarget());
			}
		}
		return List.copyOf(all);
	}

	private static void edge(Svg svg, ElkEdge edge, Flow flow) {
		if (edge.getSections().isEmpty()) {
			return;
		}
		ElkEdgeSection section = edge.getSections().get(0);
		ElkNode container = edge.getContainingNode();
		double ox = PAD + absoluteX(container);
		double oy = PAD + absoluteY(container);
		double[] points = new double[4 + 2 * section.getBendPoints().size()];
		points[0] = ox + section.getStartX();
		points[1] = oy + section.getStartY();
		int i = 2;
		for (ElkBendPoint bend : section.getBendPoints()) {
			points[i++] = ox + bend.getX();
			points[i++] = oy + bend.getY();
		}
		points[i++] = ox + section.getEndX();
		points[i] = oy + section.getEndY();
		svg.polyline(flow.getKind() == FlowKind.CONTROL ? "control" : "data", points);
		double ex = points[points.length - 2];
		double ey = points[points.length - 1];
		svg.circle(ex, ey, 2.5, flow.getKind() == FlowKind.CONTROL ? "mark-risk" : "node l0", null);
		if (flow.isBidirectional()) {
			svg.circle(points[0], points[1], 2.5, "node l0", null);
		}
	}

	private static double absoluteX(ElkNode node) {
		double x = 0;
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			x += n.getX();
		}
		return x;
	}

	private static double absoluteY(ElkNode node) {
		double y = 0;
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			y += n.getY();
		}
		return y;
	}
}
