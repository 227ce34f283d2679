You have washed up on the famous Island of Knights and Knaves. Knights never lie; knaves never tell the truth, so everything a knave says is false. Before long you are surrounded by ${view.count} islanders: ${view.people_joined}. One after another, each of them tells you something.

<#list view.statements as line>
${line}
</#list>

Take their words literally. An "or" claim is true when at least one of its parts is true (possibly several). "If ... then ..." is only false when the first part is true and the second is false. "... if and only if ..." is true when both sides are true or both are false. The parentheses in a statement group its parts, exactly as in logic.

Only one way of sorting the islanders into knights and knaves fits everything you heard. Work out who is who.

${answer_format}

When you are done, write the final list of roles inside <answer></answer> tags.
