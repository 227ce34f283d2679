You are an expert at scheduling meetings. Find a time for each of the following ${view.meeting_count} <#if view.meeting_count == 1>meeting<#else>meetings</#if> on ${view.days}.

Meetings to schedule:
<#list view.meeting_lines as line>
- ${line}
</#list>

Everyone's calendar:
<#list view.people_lines as line>
- ${line}
</#list>
<#if view.constraint_lines?has_content>

Further constraints:
<#list view.constraint_lines as line>
- ${line}
</#list>
</#if>

Rules: every meeting must take place on one of the days above, last exactly its duration, lie within the working hours of all its attendees and avoid their busy times, and nobody can be in two meetings at once (a meeting may start exactly when another one ends). Any schedule that satisfies all of this is accepted. If no such schedule exists, answer "impossible".

Answer format: ${answer_format}

Write your final schedule (or "impossible") inside <answer></answer> tags.
