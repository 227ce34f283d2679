Here is a small puzzle for you. ${view.intro} Nobody tells you the order directly, but you manage to learn the following:

<#list view.clues as line>
  * ${line}
</#list>

That is just enough to pin down a single arrangement. (Positions are counted ${view.meaning}.)

${view.question}

${answer_format}

When you are sure, write your answer inside <answer></answer> tags.
