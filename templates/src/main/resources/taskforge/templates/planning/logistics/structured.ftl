Domain: logistics (IPC STRIPS, typed).

Types: truck, airplane (vehicles); package; airport, location (places); city.

Operators:
- load-truck ?pkg ?truck ?loc          pre: (at ?truck ?loc) (at ?pkg ?loc)           eff: (in ?pkg ?truck), not (at ?pkg ?loc)
- unload-truck ?pkg ?truck ?loc        pre: (at ?truck ?loc) (in ?pkg ?truck)          eff: (at ?pkg ?loc), not (in ?pkg ?truck)
- load-airplane ?pkg ?airplane ?loc    pre: (at ?airplane ?loc) (at ?pkg ?loc)        eff: (in ?pkg ?airplane), not (at ?pkg ?loc)
- unload-airplane ?pkg ?airplane ?loc  pre: (at ?airplane ?loc) (in ?pkg ?airplane)   eff: (at ?pkg ?loc), not (in ?pkg ?airplane)
- drive-truck ?truck ?from ?to ?city   pre: (at ?truck ?from) (in-city ?from ?city) (in-city ?to ?city)   eff: (at ?truck ?to), not (at ?truck ?from)
- fly-airplane ?airplane ?from ?to     pre: (at ?airplane ?from), ?from and ?to are airports               eff: (at ?airplane ?to), not (at ?airplane ?from)

Objects:
  cities: ${view.cities}
  airports: ${view.airport_names}
  locations: ${view.location_names}
  trucks: ${view.truck_names}
  airplanes: ${view.airplane_names}
  packages: ${view.package_names}

Initial state:
<#list view.init_facts as fact>
  ${fact}
</#list>

Goal (all must hold at the end):
<#list view.goal_facts as fact>
  ${fact}
</#list>

Task: output a sequence of ground actions that transforms the initial state into a state satisfying the goal.<#if view.optimality> Scoring favours short plans: optimal length / plan length.</#if>

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
