This is a logic puzzle. There are ${view.houses} houses in a row, numbered 1 to ${view.houses} from left to right. Each house is home to one person, and each person has exactly one value of each of the following ${view.attribute_count} attributes; no two people share a value of the same attribute.

<#list view.attributes as a>
- ${a.name}: ${a.values_joined}
</#list>

Clues:
<#list view.clues as clue>
${clue?counter}. ${clue}
</#list>

How to read the clues: "X is Y" means X and Y are the same person. "To the left of" means a lower house number; "somewhere to the left" allows any number of houses in between, "directly to the left" means the very next house. "Next to" means neighbouring houses. "Or" is inclusive: at least one part is true.

Exactly one arrangement satisfies all the clues. Find it, giving every house's value of every attribute.

Answer format: ${answer_format}

List each house's values in this order: ${view.attribute_names}, e.g. `${view.example_line}`.

Give your final answer inside <answer></answer> tags.
