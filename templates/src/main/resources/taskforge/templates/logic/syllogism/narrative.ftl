A logic professor writes an argument on the board and asks the class whether it holds up. "Forget what you know about the world," she says. "Some of these sentences are false, some talk about made-up things, and some may have nothing to do with the conclusion. Only the form matters."

On the board:
<#list view.statements as line>
  ${line}
</#list>
  So: ${view.conclusion}

"One more thing," she adds. "We use the modern reading. 'All X are Y' or 'No X are Y' does not promise that there are any X at all; only 'some' does. An argument is valid when there is no possible situation in which everything on the board above the line is true and the conclusion is false."

Is the argument valid or invalid?

${answer_format}

When you are done, write your verdict inside <answer></answer> tags.
