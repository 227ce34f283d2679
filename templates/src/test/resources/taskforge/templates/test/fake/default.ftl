Add ${problem.a} and ${problem.b}. ${answer_format}
Numbers: <#list view.numbers as n>${n}<#sep>, </#list>.
Give the result inside <answer>…</answer>.
