Hi! I'm the office manager and I need to book ${view.meeting_count} <#if view.meeting_count == 1>meeting<#else>meetings</#if> for the team this week; we only have ${view.days} available. Here's what each one needs:

<#list view.meeting_lines as line>
${line}
</#list>

I went through everybody's calendars. <#list view.people_lines as line>${line}<#sep> </#sep></#list>
<#if view.constraint_lines?has_content>

A few more things to keep in mind: <#list view.constraint_lines as line>${line}<#sep> </#sep></#list>
</#if>

Of course nobody can be in two places at once, though back-to-back meetings are fine, and every meeting has to fit completely inside the working hours of everyone attending it. Could you propose times for all of them? Any arrangement that works is fine with me. If you find that it simply cannot be done, just tell me it is impossible.

How to reply: ${answer_format}

Please put your final answer inside <answer></answer> tags.
