I have to plan logistics: packages must be carried between places, within cities by trucks and between cities by airplanes. Every city has one airport. A truck can drive between any two places of its own city, and an airplane can fly between any two airports.

Here are the actions I can do:
- load-truck P T L: load package P into truck T at place L.
- unload-truck P T L: unload package P from truck T at place L.
- load-airplane P A L: load package P into airplane A at airport L.
- unload-airplane P A L: unload package P from airplane A at airport L.
- drive-truck T FROM TO C: drive truck T from place FROM to place TO, both in city C.
- fly-airplane A FROM TO: fly airplane A from airport FROM to airport TO.

Restrictions:
- I can load a package into a vehicle only if the package and the vehicle are at the same place.
- I can unload a package from a vehicle only if the package is in that vehicle; it is then at the vehicle's place.
- I can drive a truck only from the place where it is, and only to a place in the same city.
- I can fly an airplane only from the airport where it is, and only to an airport.
- A vehicle can carry any number of packages.

The places:
<#list view.city_lines as line>
- ${line}
</#list>

As initial conditions I have that: ${view.init_text}

My goal is to have that: ${view.goal_text} (The trucks and airplanes may end anywhere.)
<#if view.optimality>

Shorter plans score higher: a valid plan scores the length of the best known plan divided by its own length.
</#if>

Write a plan that achieves the goal.

Answer format: ${answer_format}

Give the final plan, one action per line, inside <answer></answer> tags.
