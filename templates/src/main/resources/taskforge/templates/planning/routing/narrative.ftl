<#if view.capacitated>
You run a small bakery's deliveries. This morning ${view.customer_count} shops (${view.customers}) have ordered bread, and you have ${view.vehicles} vans that each hold at most ${view.capacity} crates. The bakery is the depot D, at ${view.depot_point} on the town's street grid. ${view.customers_text?replace("units", "crates")?replace("unit.", "crate.")} Each shop must be served by exactly one van, in a single stop, and each van's crates must fit in it.
<#else>
A travelling salesperson starts from the office D, at ${view.depot_point} on the town's street grid, must call on ${view.customer_count} clients (${view.customers}) and then come home. ${view.customers_text} Each client is visited exactly once.
</#if>

The streets form a grid, so going from (x1, y1) to (x2, y2) takes |x1 - x2| + |y1 - y2| blocks. Fuel is expensive: plan the trip<#if view.capacitated>s</#if> with the fewest blocks driven in total, counting the way out from D and back. A plan that works but is longer than necessary earns only partial credit (the best possible length divided by yours).

${answer_format}

When you have your plan, write it inside <answer></answer> tags.
