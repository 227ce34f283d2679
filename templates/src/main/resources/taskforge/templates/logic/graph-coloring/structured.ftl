Task: graph colouring.

Input:
- vertices: 1..${view.vertex_count}
- colours allowed: 1..${view.color_count}
<#if view.colors_is_chromatic>
- chromatic number: ${view.chromatic_number} (no colour to spare)
</#if>
- edges (${view.edge_count}), one "u - v" per line:
<#list view.edges as edge>
  ${edge}
</#list>

Goal: give every vertex a colour in 1..${view.color_count} such that for every edge u - v, u and v have different colours. Any such colouring is accepted.

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
