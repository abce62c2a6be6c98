package kg.gephicheck;

import java.awt.Color;
import java.io.File;
import java.util.Iterator;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports each GraphML or GEXF file named on the command line with Gephi's own importers and prints,
 * one JSON object per line, what Gephi made of it: import issues, then every node and every edge.
 * With {@code --no-merge} first, parallel edges are kept, as with "Edges merge strategy: Don't merge"
 * in Gephi's import dialog (Gephi's default merges links between the same two nodes into one).
 */
public final class GephiImport {
    private GephiImport() {}

    private static String json(Object value) {
        if (value == null) return "null";
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        String s = value.toString();
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Attribute by column title (GraphML columns are keyed by the key id, titled by attr.name). */
    private static Object attr(Element e, Table table, String title) {
        for (Column c : table) {
            if (c.getTitle().equals(title)) return e.getAttribute(c);
        }
        return null;
    }

    private static String colour(Color c) {
        return c == null ? null : String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    public static void main(String[] args) {
        boolean noMerge = false;
        for (String path : args) {
            if (path.equals("--no-merge")) {
                noMerge = true;
                continue;
            }
            ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
            pc.newProject();
            Workspace ws = pc.getCurrentWorkspace();
            ImportController ic = Lookup.getDefault().lookup(ImportController.class);
            Container container;
            try {
                container = ic.importFile(new File(path));
            } catch (Exception e) {
                System.out.println("{\"file\":" + json(path) + ",\"error\":" + json(e.toString()) + "}");
                continue;
            }
            if (container == null) {
                System.out.println("{\"file\":" + json(path) + ",\"error\":\"no importer for this file\"}");
                continue;
            }
            if (noMerge) {
                container.getLoader().setAllowParallelEdge(true);
                container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
            }
            Iterator<Issue> issues = container.getReport().getIssues(1000);
            while (issues.hasNext()) {
                Issue issue = issues.next();
                System.out.println("{\"file\":" + json(path) + ",\"issue\":" + json(issue.getLevel()) + ",\"message\":" + json(issue.getMessage()) + "}");
            }
            ic.process(container, new DefaultProcessor(), ws);
            GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
            DirectedGraph g = model.getDirectedGraph();
            System.out.println("{\"file\":" + json(path) + ",\"nodes\":" + g.getNodeCount() + ",\"edges\":" + g.getEdgeCount()
                + ",\"directed\":" + model.isDirected() + "}");
            Table nt = model.getNodeTable();
            for (Node n : g.getNodes()) {
                System.out.println("{\"node\":" + json(n.getId()) + ",\"label\":" + json(n.getLabel()) + ",\"color\":" + json(colour(n.getColor()))
                    + ",\"type\":" + json(attr(n, nt, "type")) + ",\"aliases\":" + json(attr(n, nt, "aliases")) + "}");
            }
            Table et = model.getEdgeTable();
            for (Edge e : g.getEdges()) {
                System.out.println("{\"edge\":" + json(e.getId()) + ",\"source\":" + json(e.getSource().getId()) + ",\"target\":" + json(e.getTarget().getId())
                    + ",\"label\":" + json(e.getLabel()) + ",\"relation\":" + json(attr(e, et, "relation")) + ",\"doc\":" + json(attr(e, et, "doc"))
                    + ",\"char_start\":" + json(attr(e, et, "char_start")) + ",\"sentence\":" + json(attr(e, et, "sentence")) + "}");
            }
        }
        System.exit(0);
    }
}
