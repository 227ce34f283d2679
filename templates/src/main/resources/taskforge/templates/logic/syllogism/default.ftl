Consider the following statements.

<#list view.statements as line>
${line?counter}. ${line}
</#list>

Conclusion: ${view.conclusion}

Does the conclusion follow logically from the statements? Judge only by logical form, not by what you believe about the world: the statements may be false or mention made-up things. Use the modern (Boolean) reading, without existential import: "All X are Y" and "No X are Y" do not imply that any X exist, while "Some X are Y" and "Some X are not Y" say that at least one X exists. The argument is valid if the conclusion is true in every situation in which all the statements are true; otherwise it is invalid.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
