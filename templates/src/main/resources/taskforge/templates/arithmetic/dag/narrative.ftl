An accountant keeps a ledger of ${view.node_count} quantities, each labelled with a short code. Some quantities are recorded directly; the others are worked out from two other quantities. The notes are written down <#if params.order == "topological">in an order where every quantity comes after the ones it is worked out from<#elseif params.order == "reversed">with every quantity noted before the ones it is worked out from<#else>in no particular order</#if>:

<#list view.sentences as sentence>
${sentence}
</#list>

Not every quantity matters for the question. What is the exact value of ${view.target}?
<#if params.mode == "trace">

Write out your computation one quantity per line, as CODE = LEFT op RIGHT = value using the codes above (LEFT and RIGHT being the codes it is worked out from, in the order the note gives them, and op being +, - or *), working out each quantity only after the ones it depends on, and finish with the line Result: followed by the value of ${view.target}.
<#else>

Work it out, then state the value of ${view.target}.
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
