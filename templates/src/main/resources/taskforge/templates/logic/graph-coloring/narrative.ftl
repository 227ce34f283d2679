A regional broadcaster runs ${view.vertex_count} radio towers, numbered 1 to ${view.vertex_count}, and has ${view.color_count} frequencies, numbered 1 to ${view.color_count}. Some pairs of towers are close enough to interfere with each other, and two towers that interfere must never broadcast on the same frequency. Each line below names a tower and then every tower it interferes with:

<#list view.neighbours as line>
Tower ${line}
</#list>

Assign a frequency to every tower so that no two interfering towers share one. <#if view.colors_is_chromatic>The engineers know it can be done with ${view.color_count} frequencies and not with fewer.<#else>The engineers know it can be done with ${view.color_count} frequencies.</#if> Any valid assignment is accepted. In the answer format below, the towers are the vertices and the frequencies are the colours: write each tower's number followed by its frequency number.

${answer_format}

Write your final answer inside <answer></answer> tags.
