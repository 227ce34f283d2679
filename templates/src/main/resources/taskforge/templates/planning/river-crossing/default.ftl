<#if view.kind == "missionaries">
${view.missionaries} missionaries and ${view.cannibals} cannibals stand on the near bank of a river with a boat that holds at most ${view.boat} people. Everyone must get to the far bank.

Rules:
- The boat needs at least one person aboard to cross, and carries at most ${view.boat}.
- Trips alternate: the boat crosses to the far bank, returns to the near bank, crosses again, and so on.
- On either bank, whenever at least one missionary is there, the cannibals there must not outnumber the missionaries. This is checked after every trip, counting the people in the boat on the bank where they land.
<#else>
A farmer must take ${view.items_text} across a river. His boat holds the farmer and at most ${view.cargo} <#if view.cargo == 1>item<#else>items</#if>, and only the farmer can row, so he is on every trip.

Some pairs must never be left together on a bank without the farmer: ${view.conflicts_text}. Every other combination is fine.

Trips alternate: the farmer crosses to the far bank, returns to the near bank, crosses again, and so on. Everything starts on the near bank and must end on the far bank.
</#if>

Find a sequence of trips that gets everyone across safely.
<#if view.optimality>
Shorter plans score higher: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Answer format: ${answer_format}

Give your final plan inside <answer></answer> tags.
