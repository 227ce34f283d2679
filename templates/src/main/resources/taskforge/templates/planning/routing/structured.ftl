PROBLEM: <#if view.capacitated>capacitated vehicle routing (CVRP)<#else>travelling salesman (TSP)</#if>

DEPOT: ${view.depot}
VEHICLES: ${view.vehicles}<#if view.capacitated>, capacity ${view.capacity} each</#if>

SITES (name (x, y)<#if view.capacitated> demand</#if>):
<#list view.site_lines as line>
  ${line}
</#list>

DISTANCE TABLE (Manhattan, symmetric):
<#list view.distance_table as row>
  ${row}
</#list>

CONSTRAINTS:
  - every route starts and ends at D
  - every customer is visited exactly once
<#if view.capacitated>
  - the demand served by one route is at most ${view.capacity}
  - at most ${view.vehicles} routes
</#if>

OBJECTIVE: minimise the total distance. Score: 0 if infeasible, else optimal cost / your cost.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
