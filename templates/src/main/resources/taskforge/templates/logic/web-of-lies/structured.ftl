Task: web of lies.

Rules:
- Every person is either a truth-teller (everything they say is true) or a liar (everything they say is false).
- "X says Y lies" is a claim by X; it is true exactly when Y is a liar. Likewise for "Y tells the truth", "Y is honest", "Y does not lie" and similar wordings.
- Some sentences may be irrelevant to the question.

Sentences:
<#list view.sentences as line>
${line?counter}. ${line}
</#list>

Question: does ${view.question_person} tell the truth?

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
