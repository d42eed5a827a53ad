package io.schemadiff.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import java.util.List;

/**
 * The migration as data, for tools: the header, then the plan's statements in order, each with
 * the steps it carries out (kind, object, comment, hazards). Several steps share one statement
 * where the dialect combines them (MySQL {@code ALTER TABLE}).
 */
public final class PlanJson {
  public static final String FORMAT = "schemadiff-plan";
  public static final int VERSION = 1;

  private PlanJson() {}

  public static String write(SqlScriptWriter.Header header, Plan plan, Renderer renderer) {
    ObjectNode root = ReportJson.object();
    root.put("format", FORMAT).put("version", VERSION).put("dialect", header.dialect())
        .put("from", header.from()).put("to", header.to());
    ArrayNode namespaces = root.putArray("schemas");
    header.namespaces().forEach(namespaces::add);
    ArrayNode notes = root.putArray("notes");
    header.notes().forEach(notes::add);
    ArrayNode hazards = root.putArray("hazards");
    plan.steps().stream().flatMap(s -> s.hazards().stream()).distinct().sorted()
        .forEach(h -> hazards.add(h.name()));
    root.put("destructive", plan.steps().stream().anyMatch(s -> s.hazards().stream().anyMatch(Hazard::destructive)));
    ArrayNode batches = root.putArray("statements");
    List<String> session = plan.isEmpty() ? List.of() : renderer.session();
    if (!session.isEmpty()) { // set up the session: carries out no step
      ObjectNode b = batches.addObject();
      ArrayNode sql = b.putArray("sql");
      session.forEach(st -> sql.add(st + ";"));
      b.putArray("steps");
    }
    for (List<Step> batch : plan.batches()) {
      ObjectNode b = batches.addObject();
      ArrayNode sql = b.putArray("sql");
      renderer.render(batch).forEach(st -> sql.add(st + ";"));
      ArrayNode steps = b.putArray("steps");
      for (Step s : batch) {
        ObjectNode o = steps.addObject();
        o.put("kind", s.change().verb().replace(' ', '_'));
        o.put("object", s.change().objectName().isEmpty() ? s.change().table().toString()
            : s.change().table() + "." + s.change().objectName());
        o.put("comment", s.comment());
        ArrayNode h = o.putArray("hazards");
        s.hazards().forEach(x -> h.add(x.name()));
        if (s.online() != null) {
          o.put("online", s.online().name());
        }
      }
    }
    return ReportJson.write(root);
  }
}
