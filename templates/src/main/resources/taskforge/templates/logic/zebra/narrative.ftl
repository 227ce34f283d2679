On a quiet street stand ${view.houses} houses side by side, numbered 1 (the leftmost) to ${view.houses} (the rightmost). One person lives in each house. The neighbours differ in ${view.attribute_count} ways, and for each of them every option below belongs to exactly one of the ${view.houses} people:

<#list view.attributes as a>
${a.name}: ${a.values_joined}.
</#list>

A neighbour who knows everyone tells you the following:

<#list view.clues as clue>
- ${clue}
</#list>

Read the statements literally. When two descriptions are joined by "is", they describe the same person. A person who lives "somewhere to the left" of another has a smaller house number, with any number of houses in between, while "directly to the left" means the house right next door on the left. "Next to" means next door on either side. An "or" statement is true when at least one of its parts is true.

These statements fit exactly one arrangement of the street. Work out who lives where and with what.

${answer_format}

Write the ${view.attribute_count} values of each house in the order ${view.attribute_names}. When you are done, write the full grid inside <answer></answer> tags.
