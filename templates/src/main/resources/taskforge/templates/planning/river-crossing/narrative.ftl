<#if view.kind == "missionaries">
Night is falling on a jungle river. On the near bank wait ${view.missionaries} missionaries and ${view.cannibals} cannibals, and a single canoe that seats ${view.boat}. The missionaries know one thing for certain: if on either bank the cannibals ever outnumber the missionaries there (while any missionary is there at all), the missionaries are lost. People stepping out of the canoe count on the bank where they step out. Anyone can paddle, but the canoe never moves empty, and it shuttles back and forth: over to the far bank, back again, over again.

Plan the crossings that bring everybody safely to the far bank.
<#else>
A farmer is taking goods to market: ${view.items_text}. First he has to cross a river in a small boat that holds him and at most ${view.cargo} of his goods at a time, and he does all the rowing himself.

Trouble starts whenever he turns his back: he must never leave ${view.conflicts_text} together on a bank without him.

Plan his trips, over and back, until he and all his goods are on the far bank.
</#if>
<#if view.optimality>
Fewer trips are better: a valid plan earns the length of the shortest plan divided by its own length.
</#if>

${answer_format}

Write the trips, one per line, inside <answer></answer> tags.
