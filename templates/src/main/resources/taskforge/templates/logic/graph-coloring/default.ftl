Colour the vertices of the following undirected graph using at most ${view.color_count} colours, numbered 1 to ${view.color_count}, so that no edge joins two vertices of the same colour. The graph has ${view.vertex_count} vertices, numbered 1 to ${view.vertex_count}, and ${view.edge_count} edges:

<#list view.edges as edge>
${edge}
</#list>

<#if view.colors_is_chromatic>
A proper colouring with ${view.color_count} colours exists, and fewer colours are not enough. Any proper colouring that uses only colours 1 to ${view.color_count} is accepted.
<#else>
A proper colouring with ${view.color_count} colours exists. Any proper colouring that uses only colours 1 to ${view.color_count} is accepted.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
