<#if view.capacitated>
Plan delivery routes for a fleet of ${view.vehicles} identical vehicles. Each vehicle can carry at most ${view.capacity} units. All vehicles start and end at the depot ${view.depot}.
<#else>
Plan the shortest round trip for a single vehicle that starts at the depot ${view.depot}, visits every customer, and returns to the depot.
</#if>

Customers:
<#list view.site_lines as line>
<#if line?index gt 0>
- ${line}
</#if>
</#list>

Distances are Manhattan distances on the grid: the distance between (x1, y1) and (x2, y2) is |x1 - x2| + |y1 - y2|. The cost of a plan is the total distance driven, including the legs from and back to the depot.

Rules: every customer is visited exactly once<#if view.capacitated>; the customers on one route may need at most ${view.capacity} units in total; at most ${view.vehicles} routes may be used</#if>. Find a plan of the smallest possible cost: a valid plan scores the optimal cost divided by its cost, so only an optimal plan gets full marks.

Answer format: ${answer_format}

Write your final plan inside <answer></answer> tags.
