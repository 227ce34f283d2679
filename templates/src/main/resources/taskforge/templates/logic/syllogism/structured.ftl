Task: syllogism validity.

Reading: modern (Boolean) logic without existential import. Universal statements ("All X are Y", "No X are Y") do not assert that any X exists; particular statements ("Some X are Y", "Some X are not Y") assert that at least one X exists. Ignore real-world plausibility.

Statements (${view.count}):
<#list view.statements as line>
- ${line}
</#list>

Conclusion:
- ${view.conclusion}

Question: is the conclusion true in every situation in which all the statements are true? Reply valid (it must be) or invalid (it need not be).

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
