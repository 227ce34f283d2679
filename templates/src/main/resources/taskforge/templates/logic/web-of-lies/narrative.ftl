In the village of Verity, ${view.count} people are gathered in the square, and the village has one strict custom: every villager is either a perfect truth-teller, who never utters a false word, or a perfect liar, who never utters a true one. You listen to what is said, and you overhear some idle gossip too.

<#list view.sentences as line>
${line}
</#list>

You need to know one thing before you leave: does ${view.question_person} tell the truth?

${answer_format}

When you have worked it out, write your answer inside <answer></answer> tags.
