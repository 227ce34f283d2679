You run dispatch for a small courier company that operates in ${view.city_count} <#if view.city_count == 1>city<#else>cities</#if> (${view.cities}). ${view.places_text}

Your fleet: each city has its own truck (${view.truck_names}), which can drive between any two places of that city but never leaves it.<#if view.airplane_count gt 0> Your airplanes (${view.airplane_names}) fly between any two airports, and only between airports.<#else> You have no airplanes.</#if> Any vehicle can carry as many packages as you like, but a package can only be put into a vehicle that stands where the package is, and it comes out wherever that vehicle then stands.

This morning the situation is as follows. ${view.init_text}

The customers want their packages delivered like this: ${view.goal_text} Where the vehicles end the day does not matter.

Write the dispatch plan as a list of actions, in the order they happen, using these commands:
load-truck P T L, unload-truck P T L, load-airplane P A L, unload-airplane P A L (package P, vehicle, place L), drive-truck T FROM TO C (truck T, within city C) and fly-airplane A FROM TO (airplane A, between airports).
<#if view.optimality>
Every extra action costs money: the plan is scored by how close its length is to the shortest known plan.
</#if>

${answer_format}

When you are done, write the complete plan, one action per line, inside <answer></answer> tags.
